import { answersFrom } from './people'

export { PEOPLE } from './people'
import { call, postJson, randomIp } from './worker'

export const createTeam = async (setting = 'low-batch', name = 'Search ranking') => {
  const res = await postJson('/api/teams', { name, setting })
  if (res.status !== 201) throw new Error(`team creation: ${res.status} ${await res.text()}`)
  const body = (await res.json()) as { id: string; joinUrl: string; adminUrl: string; team: any }
  return { ...body, adminToken: new URL(body.adminUrl, 'http://x').searchParams.get('token')! }
}

/** Creates a result for a typical person (25 digits, see people.ts) and returns its id and delete token. */
export const resultFor = async (answers: string) => {
  const res = await postJson('/api/results', { answers: answersFrom(answers) }, randomIp())
  const body = (await res.json()) as { id: string; deleteUrl: string }
  return { id: body.id, token: new URL(body.deleteUrl, 'http://x').searchParams.get('token')! }
}

export const join = (teamId: string, resultId: string, name: string) => postJson(`/api/teams/${teamId}/members`, { resultId, name })

export const teamOf = async (teamId: string, query = '') => (await (await call(`/api/teams/${teamId}${query}`)).json()) as any

