import { answersFrom } from './people'

export { PEOPLE } from './people'
import { answersOf, call, postJson, randomIp } from './worker'

export const createTeam = async (setting = 'low-batch', name = 'Search ranking') => {
  const res = await postJson('/api/teams', { name, setting })
  if (res.status !== 201) throw new Error(`team creation: ${res.status} ${await res.text()}`)
  const body = (await res.json()) as { id: string; joinUrl: string; adminUrl: string; team: any }
  return { ...body, adminToken: new URL(body.adminUrl, 'http://x').searchParams.get('token')! }
}

/** A created result: its id and private (delete) token. */
export interface Owned {
  id: string
  token: string
}

/** Creates a result from answers (or a digit string, see people.ts) and returns its id and delete token. */
export const resultFor = async (answers: Parameters<typeof answersFrom>[0]): Promise<Owned> => {
  const res = await postJson('/api/results', { answers: answersFrom(answers) }, randomIp())
  const body = (await res.json()) as { id: string; deleteUrl: string }
  return { id: body.id, token: new URL(body.deleteUrl, 'http://x').searchParams.get('token')! }
}

/** A result with every answer at one level: independent of the quiz's questions. */
export const resultAt = (level: number): Promise<Owned> => resultFor(answersOf(level))

/**
 * Joins with a result: given as created (id and token, as its owner would) or as a bare id
 * (no token, as anyone with its link could try). `extra` adds or overrides body fields.
 */
export const join = (
  teamId: string,
  result: string | Owned,
  name: string,
  extra: Record<string, unknown> = {},
  ip = randomIp(),
) =>
  postJson(
    `/api/teams/${teamId}/members`,
    typeof result === 'string'
      ? { resultId: result, name, ...extra }
      : { resultId: result.id, token: result.token, name, ...extra },
    ip,
  )

export const teamOf = async (teamId: string, query = '') => (await (await call(`/api/teams/${teamId}${query}`)).json()) as any

/** A member id from a 201 join. */
export const memberOf = async (res: Response): Promise<string> => ((await res.json()) as { memberId: string }).memberId
