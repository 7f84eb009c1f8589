import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { createTeam, teamOf } from '../helpers/teams'
import { answersOf, call, postJson, randomIp } from '../helpers/worker'

const SITE = 'http://example.com'

interface Form {
  path: string
  form: Record<string, string>
  /** The status of a successful post; absent where it depends on more than this check (joining). */
  ok?: number
  /** Whether the post left things as they were. */
  undone?: () => Promise<boolean>
}

const created = async (level: number) => {
  const body = (await (await postJson('/api/results', { answers: answersOf(level) })).json()) as { id: string; deleteUrl: string }
  return { id: body.id, token: new URL(body.deleteUrl, SITE).searchParams.get('token')! }
}

/** Every HTML form the app posts, each with a body that would succeed, and how to tell it did. */
async function forms(): Promise<Form[]> {
  const team = await createTeam()
  const joining = await created(3)
  const doomed = await created(1)
  const stored = async (id: string) => (await env.RESULTS.get(`v1:result:${id}`)) !== null
  return [
    { path: '/quiz/all', form: Object.fromEntries(Object.entries(answersOf(2)).map(([k, v]) => [k, String(v)])), ok: 303 },
    { path: '/t', form: { name: 'Payments', setting: 'low-batch' }, ok: 303 },
    {
      path: `/t/${team.id}/join`,
      form: { result: `${SITE}/r/${joining.id}/delete?token=${joining.token}`, name: 'Dana' },
      undone: async () => (await teamOf(team.id)).members.length === 0,
    },
    {
      path: `/t/${team.id}/admin`,
      form: { token: team.adminToken, action: 'setting', setting: 'high-online' },
      ok: 200,
      undone: async () => (await teamOf(team.id)).setting === 'low-batch',
    },
    { path: `/r/${doomed.id}/delete`, form: { token: doomed.token }, ok: 200, undone: () => stored(doomed.id) },
  ]
}

const post = (path: string, form: Record<string, string>, headers: Record<string, string>) =>
  call(path, {
    method: 'POST',
    body: new URLSearchParams(form),
    redirect: 'manual',
    headers: { 'cf-connecting-ip': randomIp(), ...headers },
  })

describe('HTML form posts from another site', () => {
  it.each([
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }],
    ['Sec-Fetch-Site: same-site (a sibling host)', { 'sec-fetch-site': 'same-site', origin: 'http://other.example.com' }],
    ['Sec-Fetch-Site: cross-site, Origin null', { 'sec-fetch-site': 'cross-site', origin: 'null' }],
    ['Origin of another site, no Sec-Fetch-Site (an older browser)', { origin: 'https://evil.example' }],
  ])('are refused with 403 on every form, changing nothing: %s', async (_, headers) => {
    for (const f of await forms()) {
      const res = await post(f.path, f.form, headers)
      expect(res.status, f.path).toBe(403)
      expect(await res.text(), f.path).toContain('That form did not come from here')
      if (f.undone) expect(await f.undone(), f.path).toBe(true)
    }
  })

  it.each([
    ['the app’s own pages', { 'sec-fetch-site': 'same-origin', origin: SITE }],
    ['a private page with no-referrer (Origin null)', { 'sec-fetch-site': 'same-origin', origin: 'null' }],
    ['the person’s own action', { 'sec-fetch-site': 'none' }],
    ['an older browser on this site (Origin only)', { origin: SITE }],
    ['curl (neither header)', {}],
  ])('are accepted from %s', async (_, headers) => {
    for (const f of await forms()) {
      const res = await post(f.path, f.form, headers)
      if (f.ok === undefined) {
        expect(res.status, f.path).not.toBe(403)
        expect(await res.text(), f.path).not.toContain('That form did not come from here')
        continue
      }
      expect(res.status, f.path).toBe(f.ok)
      if (f.undone) expect(await f.undone(), f.path).toBe(false)
    }
  })
})
