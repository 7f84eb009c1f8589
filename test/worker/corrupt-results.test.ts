import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { hashToken, newToken } from '../../worker/tokens'
import { createTeam, join, teamOf } from '../helpers/teams'
import { call, randomIp } from '../helpers/worker'
import { newId } from '../../worker/ids'

type Damage = 'not-json' | 'invalid' | 'not-json-no-hash' | 'invalid-no-hash'

/** Puts a damaged value under a fresh result id; returns the id and the token whose hash it keeps, if it keeps one. */
async function stored(damage: Damage) {
  const id = newId()
  const token = newToken()
  const hash = damage.endsWith('no-hash') ? {} : { deleteHash: await hashToken(token) }
  const record = { id, createdAt: 'yesterday', quizVersion: 1, answers: {}, result: { roles: [] }, ...hash }
  // Not JSON: cut short in the middle of its result.
  const value = damage.startsWith('not-json')
    ? JSON.stringify({ id, ...hash, result: { roles: [] } }).slice(0, -8)
    : JSON.stringify(record)
  await env.RESULTS.put(`v1:result:${id}`, value)
  return { id, token }
}

const unreadable = async (res: Response) => {
  expect(res.status).toBe(500)
  const body = (await res.json()) as { error: string; requestId?: string }
  expect(body.error).toBe('This result could not be read.')
  // Not the unexpected-error path, which adds a request id.
  expect(body.requestId).toBeUndefined()
}

describe('a stored result that is not JSON or fails validation', () => {
  it.each(['not-json', 'invalid'] as const)('is reported as unreadable by the API and the pages (%s)', async (damage) => {
    const { id } = await stored(damage)
    await unreadable(await call(`/api/results/${id}`))
    const page = await call(`/r/${id}`)
    expect(page.status).toBe(500)
    expect(await page.text()).not.toContain('Request id')
    expect((await call(`/embed/r/${id}`)).status).toBe(500)
  })

  it.each(['not-json', 'invalid'] as const)(
    'can be deleted by its owner through the API while its token hash checks out (%s)',
    async (damage) => {
      const { id, token } = await stored(damage)
      const del = (t: string) => call(`/api/results/${id}`, { method: 'DELETE', headers: { authorization: `Bearer ${t}` } })
      expect((await del(newToken())).status).toBe(403)
      expect(await env.RESULTS.get(`v1:result:${id}`)).not.toBeNull()
      expect((await del(token)).status).toBe(204)
      expect(await env.RESULTS.get(`v1:result:${id}`)).toBeNull()
      expect((await call(`/api/results/${id}`)).status).toBe(404)
    },
  )

  it.each(['not-json', 'invalid'] as const)(
    'can be deleted by its owner from the private delete page while its token hash checks out (%s)',
    async (damage) => {
      const { id, token } = await stored(damage)
      expect((await call(`/r/${id}/delete?token=${newToken()}`)).status).toBe(403)
      const confirm = await call(`/r/${id}/delete?token=${token}`)
      expect(confirm.status).toBe(200)
      expect(await confirm.text()).toContain('Delete for good')
      const done = await call(`/r/${id}/delete`, { method: 'POST', body: new URLSearchParams({ token }) })
      expect(done.status).toBe(200)
      expect(await env.RESULTS.get(`v1:result:${id}`)).toBeNull()
    },
  )

  it.each(['not-json-no-hash', 'invalid-no-hash'] as const)(
    'cannot be deleted when no token hash can be read from it (%s)',
    async (damage) => {
      const { id, token } = await stored(damage)
      expect((await call(`/api/results/${id}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } })).status).toBe(
        403,
      )
      expect((await call(`/r/${id}/delete?token=${token}`)).status).toBe(403)
      expect(await env.RESULTS.get(`v1:result:${id}`)).not.toBeNull()
    },
  )
})

describe('a corrupt stored result and teams', () => {
  it.each(['not-json', 'invalid'] as const)(
    'cannot join a team, by the API or the form, and both say why (%s)',
    async (damage) => {
      const { id, token } = await stored(damage)
      const team = await createTeam()
      const api = await join(team.id, { id, token }, 'Dana')
      expect(api.status).toBe(500)
      const body = (await api.json()) as { error: string; issues: unknown[]; requestId?: string }
      expect(body).toEqual({
        error: 'This result could not be read.',
        issues: [{ path: 'resultId', message: 'could not be read' }],
      })
      const form = await call(`/t/${team.id}/join`, {
        method: 'POST',
        body: new URLSearchParams({ result: `http://example.com/r/${id}/delete?token=${token}`, name: 'Dana' }),
        headers: { 'cf-connecting-ip': randomIp() },
      })
      expect(form.status).toBe(500)
      const html = await form.text()
      expect(html).toContain('This result could not be read.')
      expect(html).not.toContain('Request id')
      expect((await teamOf(team.id)).members).toEqual([])
    },
  )
})
