import { describe, expect, it, vi } from 'vitest'
import { call, freshLimiterWindow, postJson } from '../helpers/worker'
import { createTeam, join, PEOPLE, resultFor, teamOf } from '../helpers/teams'
import { positionPhrase } from '../../contract/format'
import { select } from '../helpers/html'

describe('POST /api/teams', () => {
  it('creates a team with a join link and a private admin link', async () => {
    const t = await createTeam('high-online', 'Checkout')
    expect(t.id).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(t.joinUrl).toBe(`/t/${t.id}`)
    expect(t.adminUrl).toMatch(new RegExp(`^/t/${t.id}/admin\\?token=[A-Za-z0-9_-]{22}$`))
    expect(t.team).toMatchObject({ id: t.id, name: 'Checkout', setting: 'high-online', members: [] })
    expect(t.team.nextHire.role).toBeTruthy()
  })

  it('rejects a missing name and an unknown setting, naming each field', async () => {
    const res = await postJson('/api/teams', { name: '  ', setting: 'mid-batch' })
    expect(res.status).toBe(400)
    const body = (await res.json()) as any
    expect(body.issues.map((i: any) => i.path).sort()).toEqual(['name', 'setting'])
  })
})

describe('joining a team', () => {
  it('adds members with their top role and position, and answers 409 for the same result twice', async () => {
    const t = await createTeam()
    const ds = await resultFor(PEOPLE.ds)
    const res = await join(t.id, ds, 'Dana')
    expect(res.status).toBe(201)
    const body = (await res.json()) as any
    expect(body.memberId).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(body.team.members).toEqual([
      {
        memberId: body.memberId,
        name: 'Dana',
        resultId: ds.id,
        topRole: expect.objectContaining({ id: 'data-scientist' }),
        position: expect.any(Number),
      },
    ])
    const again = await join(t.id, ds, 'Dana again')
    expect(again.status).toBe(409)
    expect((await teamOf(t.id)).members).toHaveLength(1)
  })

  it('keeps every member when many join at once', async () => {
    const t = await createTeam()
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => resultFor([PEOPLE.ds, PEOPLE.mle, PEOPLE.swe, PEOPLE.de][i % 4]!)),
    )
    const joins = await Promise.all(results.map((r, i) => join(t.id, r, `Member ${i}`)))
    expect(joins.map((r) => r.status)).toEqual(Array(20).fill(201))
    const team = await teamOf(t.id)
    expect(team.members).toHaveLength(20)
    expect(new Set(team.members.map((m: any) => m.resultId)).size).toBe(20)
    // The same result racing itself: exactly one wins.
    const same = await resultFor(PEOPLE.pm)
    const race = await Promise.all(Array.from({ length: 5 }, () => join(t.id, same, 'Pat')))
    expect(race.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409])
  })

  it('answers 404 for an unknown team and 400 for an unknown result', async () => {
    const r = await resultFor(PEOPLE.ds)
    expect((await join('AAAAAAAAAAAAAAAAAAAAAA', r, 'X')).status).toBe(404)
    const t = await createTeam()
    const res = await join(t.id, { id: 'BBBBBBBBBBBBBBBBBBBBBB', token: r.token }, 'X')
    expect(res.status).toBe(400)
    expect(((await res.json()) as any).issues).toEqual([{ path: 'resultId', message: 'no result with this id' }])
  })

  it('stores member names trimmed, as plain text', async () => {
    const t = await createTeam()
    const r = await resultFor(PEOPLE.swe)
    await join(t.id, r, '  <b>Sam</b>  ')
    expect((await teamOf(t.id)).members[0].name).toBe('<b>Sam</b>')
  })
})

describe('admin and leaving', () => {
  it('changes the setting only with the admin token', async () => {
    const t = await createTeam('low-batch')
    const patch = (auth?: string) =>
      call(`/api/teams/${t.id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
        body: JSON.stringify({ setting: 'horizontal' }),
      })
    expect((await patch()).status).toBe(403)
    expect((await patch('Bearer AAAAAAAAAAAAAAAAAAAAAA')).status).toBe(403)
    const ok = await patch(`Bearer ${t.adminToken}`)
    expect(ok.status).toBe(200)
    expect(((await ok.json()) as any).setting).toBe('horizontal')
    expect((await teamOf(t.id)).setting).toBe('horizontal')
  })

  it('lets the admin remove a member and a member leave with their own delete token', async () => {
    const t = await createTeam()
    const a = await resultFor(PEOPLE.ds)
    const b = await resultFor(PEOPLE.mle)
    const ma = ((await (await join(t.id, a, 'A')).json()) as any).memberId
    const mb = ((await (await join(t.id, b, 'B')).json()) as any).memberId
    const remove = (memberId: string, token?: string) =>
      call(`/api/teams/${t.id}/members/${memberId}`, {
        method: 'DELETE',
        headers: token ? { authorization: `Bearer ${token}` } : {},
      })
    expect((await remove(ma)).status).toBe(403)
    expect((await remove(ma, b.token)).status).toBe(403)
    expect((await remove(ma, a.token)).status).toBe(204)
    expect((await remove(mb, t.adminToken)).status).toBe(204)
    expect((await teamOf(t.id)).members).toEqual([])
    expect((await join(t.id, a, 'A')).status).toBe(201)
  })

  it('deletes the whole team with the admin token', async () => {
    const t = await createTeam()
    expect((await call(`/api/teams/${t.id}`, { method: 'DELETE' })).status).toBe(403)
    expect(
      (await call(`/api/teams/${t.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${t.adminToken}` } })).status,
    ).toBe(204)
    expect((await call(`/api/teams/${t.id}`)).status).toBe(404)
  })
})

describe('the team map', () => {
  it('reports coverage, roles, bridges, the needs of the setting and a next hire', async () => {
    const t = await createTeam('high-batch')
    for (const [name, who] of [
      ['Dana', PEOPLE.ds],
      ['Sam', PEOPLE.swe],
      ['Eve', PEOPLE.de],
    ] as const) {
      const r = await resultFor(who)
      await join(t.id, r, name)
    }
    const team = await teamOf(t.id)
    expect(Object.keys(team.coverage)).toEqual(['stats', 'ml', 'swe', 'infra', 'comm'])
    expect(team.coverage.stats).toBeGreaterThan(50)
    expect(team.roles.map((r: any) => r.id)).toEqual(
      expect.arrayContaining(['data-scientist', 'software-engineer', 'data-engineer']),
    )
    expect(team.needs.find((n: any) => n.id === 'role:applied-scientist').met).toBe(false)
    expect(team.bridges.map((b: any) => b.id)).toEqual(['de-ds', 'ds-mle'])
    expect(team.nextHire.role).toBe('ml-engineer')
    expect(team.nextHire.reason).toMatch(/ML engineer|ml engineer/i)
  })

  it('shows how the recommendation changes with the setting, without saving it', async () => {
    const t = await createTeam('low-batch')
    for (const [name, who] of [
      ['Dana', PEOPLE.ds],
      ['Max', PEOPLE.mle],
      ['Sam', PEOPLE.swe],
      ['Eve', PEOPLE.de],
    ] as const) {
      const r = await resultFor(who)
      await join(t.id, r, name)
    }
    const low = await teamOf(t.id)
    const high = await teamOf(t.id, '?setting=high-batch')
    const horizontal = await teamOf(t.id, '?setting=horizontal')
    expect(low.needs.find((n: any) => n.id === 'no-applied-scientist-yet')).toBeTruthy()
    expect(high.nextHire.role).toBe('applied-scientist')
    expect(horizontal.nextHire.role).toBe('product-manager')
    expect((await teamOf(t.id)).setting).toBe('low-batch')
    expect((await call(`/api/teams/${t.id}?setting=nope`)).status).toBe(400)
  })

  it("names each member's place with the words a result's link preview uses", async () => {
    const t = await createTeam()
    for (const [name, who] of [
      ['Dana', PEOPLE.ds],
      ['Max', PEOPLE.mle],
      ['Sam', PEOPLE.swe],
    ] as const)
      await join(t.id, await resultFor(who), name)
    const page = await (await call(`/t/${t.id}`)).text()
    const places = new Set<string>()
    for (const m of (await teamOf(t.id)).members) {
      const muted = await select(page, `[data-member="${m.memberId}"] .muted`)
      const place = muted.find((x) => x.text.startsWith('· '))!.text.slice(2)
      expect(positionPhrase(m.position)).toContain(place)
      places.add(place)
    }
    expect(places.size).toBe(3)
  })

  it('answers 404 for an unknown or malformed team id', async () => {
    expect((await call('/api/teams/AAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404)
    expect((await call('/api/teams/nope')).status).toBe(404)
  })
})

describe('team safety', () => {
  it('escapes hostile team and member names on the team page', async () => {
    const t = await createTeam('low-batch', '<script>alert(1)</script>')
    const r = await resultFor(PEOPLE.ds)
    await join(t.id, r, '<img src=x onerror=alert(2)>')
    const html = await (await call(`/t/${t.id}`)).text()
    expect(html).not.toContain('<script>alert(1)')
    expect(html).not.toContain('<img src=x')
    expect(html).toContain('&lt;script>alert(1)&lt;/script>')
  })

  it('rate-limits team creation per address', async () => {
    const ip = '192.0.2.150'
    const make = () => postJson('/api/teams', { name: 'Flood', setting: 'low-batch' }, ip)
    await freshLimiterWindow()
    for (let i = 0; i < 10; i++) expect((await make()).status).toBe(201)
    const res = await make()
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toBe('60')
  }, 60_000)

  it('keeps the team page and the admin page private to their links', async () => {
    const t = await createTeam()
    expect((await call(`/t/${t.id}/admin?token=AAAAAAAAAAAAAAAAAAAAAA`)).status).toBe(403)
    const admin = await call(t.adminUrl)
    expect(admin.status).toBe(200)
    expect(admin.headers.get('referrer-policy')).toBe('no-referrer')
    expect(await (await call(`/t/${t.id}`)).text()).toContain('noindex')
    expect((await call('/t/AAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404)
  })
})

describe('the join link’s preview', () => {
  it('names the team and what joining takes, and the admin link has none', async () => {
    const t = await createTeam()
    const html = await (await call(t.joinUrl)).text()
    const meta = async (key: string) => (await select(html, `meta[property="${key}"]`))[0]?.attrs.content
    expect(await meta('og:title')).toBe('Join Search ranking on Role Spectrum')
    expect(await meta('og:description')).toMatch(
      /^Take the quiz \(about \d+ minutes\), then add your result to the Search ranking team map/,
    )
    expect(await meta('og:image')).toMatch(/\/card\.png$/)
    const admin = await (await call(t.adminUrl)).text()
    expect(await select(admin, 'meta[property^="og:"]')).toHaveLength(0)
  })
})

describe('a team of 500', () => {
  it('keeps all 500 members and still maps them', async () => {
    const t = await createTeam('high-online', 'Platform')
    const kinds = [PEOPLE.ds, PEOPLE.mle, PEOPLE.swe, PEOPLE.de, PEOPLE.pm, PEOPLE.as]
    // A team takes a limited number of joins a minute: the clock moves a minute per batch.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() })
    try {
      for (let batch = 0; batch < 20; batch++) {
        const results = await Promise.all(
          Array.from({ length: 25 }, (_, i) => resultFor(kinds[(batch * 25 + i) % kinds.length]!)),
        )
        const joins = await Promise.all(results.map((r, i) => join(t.id, r, `Person ${batch * 25 + i}`)))
        expect(joins.every((j) => j.status === 201)).toBe(true)
        vi.setSystemTime(Date.now() + 61_000)
      }
    } finally {
      vi.useRealTimers()
    }
    const team = await teamOf(t.id)
    expect(team.members).toHaveLength(500)
    expect(team.roles.find((r: any) => r.id === 'ml-engineer').members.length).toBeGreaterThan(50)
    const page = await call(`/t/${t.id}`)
    expect(page.status).toBe(200)
    expect((await page.text()).match(/<tr data-member=/g)).toHaveLength(500)
  }, 120_000)
})
