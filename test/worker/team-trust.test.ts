import { evictDurableObject, runDurableObjectAlarm, runInDurableObject } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { describe, expect, it, vi } from 'vitest'
import { loadResult } from '../../worker/results/store'
import { resultTeams } from '../../worker/team/result-teams'
import { snapshot, teamStub } from '../../worker/team/service'
import { createTeam, join, memberOf, resultAt, teamOf, type Owned } from '../helpers/teams'
import { call, freshLimiterWindow, postJson, randomIp } from '../helpers/worker'

interface ApiError {
  error: string
  issues: { path: string; message: string }[]
}

const ORIGIN = 'http://example.com'

/** Posts a form the way the site's own pages do. */
const postForm = (path: string, fields: Record<string, string | string[]>, ip = randomIp()) => {
  const body = new URLSearchParams()
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) body.append(k, one)
  return call(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN, 'cf-connecting-ip': ip },
    body: body.toString(),
    redirect: 'manual',
  })
}

const admin = (token: string) => ({ authorization: `Bearer ${token}` })
const deleteLink = (r: Owned) => `${ORIGIN}/r/${r.id}/delete?token=${r.token}`
const deleteResult = (r: Owned) => call(`/api/results/${r.id}`, { method: 'DELETE', headers: admin(r.token) })
const names = async (teamId: string, query = '') =>
  ((await teamOf(teamId, query)).members as { name: string }[]).map((m) => m.name).sort()

/** Polls until `check` passes (for work an alarm does in the background). */
async function eventually(check: () => Promise<void>, ms = 3000): Promise<void> {
  const until = Date.now() + ms
  for (;;) {
    try {
      return await check()
    } catch (err) {
      if (Date.now() > until) throw err
      await new Promise((r) => setTimeout(r, 50))
    }
  }
}

describe('joining proves ownership of the result', () => {
  it('refuses a join without the result’s private token, naming the field', async () => {
    const t = await createTeam()
    const r = await resultAt(2)
    const res = await join(t.id, r.id, 'Dana')
    expect(res.status).toBe(400)
    expect(((await res.json()) as ApiError).issues).toEqual([{ path: 'token', message: 'required' }])
    const malformed = await join(t.id, { id: r.id, token: 'short' }, 'Dana')
    expect(((await malformed.json()) as ApiError).issues).toEqual([{ path: 'token', message: 'is not a private token' }])
    expect((await teamOf(t.id)).members).toEqual([])
  })

  it('refuses another result’s token with 403 and takes the owner’s', async () => {
    const t = await createTeam()
    const mine = await resultAt(1)
    const theirs = await resultAt(3)
    const stolen = await join(t.id, { id: theirs.id, token: mine.token }, 'Mallory')
    expect(stolen.status).toBe(403)
    expect(((await stolen.json()) as ApiError).issues).toEqual([
      { path: 'token', message: 'is not the private token of this result' },
    ])
    expect((await teamOf(t.id)).members).toEqual([])
    expect((await join(t.id, theirs, 'Theo')).status).toBe(201)
  })

  it('refuses a result stored before delete links (it has no token to prove ownership)', async () => {
    const t = await createTeam()
    const r = await resultAt(2)
    const record = (await env.RESULTS.get(`v1:result:${r.id}`, 'json')) as Record<string, unknown>
    delete record.deleteHash
    await env.RESULTS.put(`v1:result:${r.id}`, JSON.stringify(record))
    expect((await join(t.id, r, 'Old')).status).toBe(403)
  })

  it('joins from the team page with the private link, and not with the result link alone', async () => {
    const t = await createTeam()
    const r = await resultAt(2)
    const page = await (await call(`/t/${t.id}`)).text()
    expect(page).toContain('Your result’s private link')
    // A refusal comes back as the whole team page: the form's address brings the reader to its message.
    expect(page).toContain(`action="/t/${t.id}/join#join"`)

    const plain = await postForm(`/t/${t.id}/join`, { result: `${ORIGIN}/r/${r.id}`, name: 'Dana' })
    expect(plain.status).toBe(400)
    expect(plain.headers.get('cache-control')).toBe('no-store')
    expect(await plain.text()).toContain('Paste your result’s private link')

    const other = await resultAt(3)
    const wrong = await postForm(`/t/${t.id}/join`, { result: `${ORIGIN}/r/${r.id}/delete?token=${other.token}`, name: 'Dana' })
    expect(wrong.status).toBe(403)
    expect(await wrong.text()).toContain('only the person who made a result can put it on a team')

    const ok = await postForm(`/t/${t.id}/join`, { result: deleteLink(r), name: 'Dana' })
    expect(ok.status).toBe(303)
    expect(ok.headers.get('location')).toMatch(new RegExp(`^/t/${t.id}\\?joined=[A-Za-z0-9_-]{22}#welcome$`))
    // The result page's join box sends the id and the token this device kept.
    const second = await postForm(`/t/${t.id}/join`, { result: other.id, token: other.token, name: 'Olu' })
    expect(second.status).toBe(303)
    expect(await names(t.id)).toEqual(['Dana', 'Olu'])
  })
})

describe('deleting a result takes it off its teams', () => {
  it('removes the result from every team it joined (API delete)', async () => {
    const [a, b] = [await createTeam(), await createTeam()]
    const r = await resultAt(2)
    const stays = await resultAt(1)
    for (const t of [a, b]) expect((await join(t.id, r, 'Gone soon')).status).toBe(201)
    expect((await join(a.id, stays, 'Stays')).status).toBe(201)
    expect((await deleteResult(r)).status).toBe(204)
    expect(await names(a.id)).toEqual(['Stays'])
    expect(await names(b.id)).toEqual([])
    expect((await call(`/t/${a.id}`).then((p) => p.text())).includes(r.id)).toBe(false)
  })

  it('removes it when deleted through the private delete page too', async () => {
    const t = await createTeam()
    const r = await resultAt(3)
    await join(t.id, r, 'Pat')
    const res = await postForm(`/r/${r.id}/delete`, { token: r.token })
    expect(res.status).toBe(200)
    expect((await teamOf(t.id)).members).toEqual([])
  })

  it('hands a deleting request at most 20 teams to leave itself, whatever the number of teams', async () => {
    const r = await resultAt(1)
    const teams = await Promise.all(Array.from({ length: 25 }, () => createTeam()))
    for (const t of teams) expect((await join(t.id, r, 'Many')).status).toBe(201)
    expect(await resultTeams(env, r.id).close(r.id)).toHaveLength(20)
  }, 60_000)

  it('takes a result off all of 100 teams, the first 20 at once and the rest in batches of its own object', async () => {
    const r = await resultAt(2)
    const teams = await Promise.all(Array.from({ length: 100 }, () => createTeam()))
    for (const t of teams) expect((await join(t.id, r, 'Everywhere')).status).toBe(201)
    expect((await deleteResult(r)).status).toBe(204)
    const counts = async () => Promise.all(teams.map(async (t) => (await teamOf(t.id)).members.length))
    // The first batch is left before the answer; the rest as the object's alarms run (they may
    // already have run by themselves: the test runs any that are due).
    expect((await counts()).filter((n) => n === 0).length).toBeGreaterThanOrEqual(20)
    const stub = resultTeams(env, r.id)
    await eventually(async () => {
      await runDurableObjectAlarm(stub)
      expect(await counts()).toEqual(Array(100).fill(0))
    }, 20_000)
    expect((await join(teams[0]!.id, r, 'Back')).status).toBe(400)
  }, 60_000)

  it('refuses a join that races the deletion, even where KV still shows the result', async () => {
    const t = await createTeam()
    const r = await resultAt(2)
    // The deletion has closed the result's list of teams; its KV record is not gone yet.
    await resultTeams(env, r.id).close(r.id)
    const res = await join(t.id, r, 'Late')
    expect(res.status).toBe(400)
    expect(((await res.json()) as ApiError).issues).toEqual([{ path: 'resultId', message: 'no result with this id' }])
    expect((await teamOf(t.id)).members).toEqual([])
  })

  it('registers members of a team from before this change, and drops those whose result is already gone', async () => {
    const t = await createTeam()
    const kept = await resultAt(1)
    const deletedEarlier = await resultAt(3)
    const stub = teamStub(env, t.id)
    // As an older version stored them: members without entries in their results' team lists.
    const records = await Promise.all(
      [kept, deletedEarlier].map(async (r) => (await loadResult(env.RESULTS, r.id)) as { kind: 'found'; record: any }),
    )
    await runInDurableObject(stub, async (_instance, state) => {
      await state.storage.delete('links')
      for (const [i, { record }] of records.entries()) {
        const m = snapshot(record, i === 0 ? 'Kept' : 'Deleted earlier')
        await state.storage.put({ [`member:${m.memberId}`]: m, [`result:${m.resultId}`]: m.memberId })
      }
    })
    await env.RESULTS.delete(`v1:result:${deletedEarlier.id}`)
    await evictDurableObject(stub)
    await teamOf(t.id) // the first read after the restart schedules the registration
    await runDurableObjectAlarm(stub)
    await eventually(async () => expect(await names(t.id)).toEqual(['Kept']))
    expect((await deleteResult(kept)).status).toBe(204)
    expect((await teamOf(t.id)).members).toEqual([])
  })
})

describe('join limits', () => {
  it('limits joins per address, with Retry-After', async () => {
    const t = await createTeam()
    const ip = '192.0.2.77'
    const results = await Promise.all(Array.from({ length: 11 }, () => resultAt(2)))
    await freshLimiterWindow()
    for (const r of results.slice(0, 10)) expect((await join(t.id, r, 'Same place', {}, ip)).status).toBe(201)
    const res = await join(t.id, results[10]!, 'Same place', {}, ip)
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toBe('60')
    expect(((await res.json()) as ApiError).error).toMatch(/Too many joins from this address/)
    expect((await join(t.id, results[10]!, 'Elsewhere')).status).toBe(201)
  }, 60_000)

  it('limits joins per team to 30 a minute, whatever the addresses', async () => {
    const t = await createTeam()
    const results = await Promise.all(Array.from({ length: 31 }, () => resultAt(2)))
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() })
    try {
      const joins = await Promise.all(results.slice(0, 30).map((r, i) => join(t.id, r, `Member ${i}`)))
      expect(joins.map((j) => j.status)).toEqual(Array(30).fill(201))
      const res = await join(t.id, results[30]!, 'One more')
      expect(res.status).toBe(429)
      expect(res.headers.get('retry-after')).toBe('60')
      expect(((await res.json()) as ApiError).error).toMatch(/joined this team in the last minute/)
      vi.setSystemTime(Date.now() + 61_000)
      expect((await join(t.id, results[30]!, 'One more')).status).toBe(201)
    } finally {
      vi.useRealTimers()
    }
    expect((await teamOf(t.id)).members).toHaveLength(31)
  }, 30_000)

  it('counts joins over the minute, not current members: removing members frees no slot', async () => {
    const t = await createTeam()
    const results = await Promise.all(Array.from({ length: 31 }, () => resultAt(2)))
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() })
    try {
      const ids: string[] = []
      for (const [i, r] of results.slice(0, 30).entries()) ids.push(await memberOf(await join(t.id, r, `Member ${i}`)))
      const removed = await call(`/api/teams/${t.id}/members/remove`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...admin(t.adminToken) },
        body: JSON.stringify({ memberIds: ids.slice(0, 10) }),
      })
      expect(removed.status).toBe(200)
      expect((await join(t.id, results[30]!, 'One more')).status).toBe(429)
      vi.setSystemTime(Date.now() + 61_000)
      expect((await join(t.id, results[30]!, 'One more')).status).toBe(201)
    } finally {
      vi.useRealTimers()
    }
  }, 30_000)

  it('keeps a result the lead removed out for a day; a member who left may join again at once', async () => {
    const t = await createTeam()
    const [kicked, leaver] = [await resultAt(1), await resultAt(3)]
    const kickedId = await memberOf(await join(t.id, kicked, 'Kicked'))
    const leaverId = await memberOf(await join(t.id, leaver, 'Leaver'))
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() })
    try {
      const byLead = await call(`/api/teams/${t.id}/members/${kickedId}`, { method: 'DELETE', headers: admin(t.adminToken) })
      expect(byLead.status).toBe(204)
      const left = await call(`/api/teams/${t.id}/members/${leaverId}`, { method: 'DELETE', headers: admin(leaver.token) })
      expect(left.status).toBe(204)
      const again = await join(t.id, kicked, 'Kicked')
      expect(again.status).toBe(403)
      expect(((await again.json()) as ApiError).issues).toEqual([
        { path: 'resultId', message: 'was removed from this team by its lead' },
      ])
      expect((await join(t.id, leaver, 'Leaver')).status).toBe(201)
      vi.setSystemTime(Date.now() + 24 * 3600_000 + 1000)
      expect((await join(t.id, kicked, 'Kicked')).status).toBe(201)
    } finally {
      vi.useRealTimers()
    }
  }, 30_000)
})

describe('the lead’s clean-up tools', () => {
  it('removes several members at once, with the admin token only', async () => {
    const t = await createTeam()
    const ids: string[] = []
    for (const [i, level] of [0, 1, 2, 3].entries()) ids.push(await memberOf(await join(t.id, await resultAt(level), `M${i}`)))
    const remove = (body: unknown, headers: Record<string, string> = admin(t.adminToken)) =>
      call(`/api/teams/${t.id}/members/remove`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      })
    expect((await remove({ memberIds: ids.slice(0, 2) }, {})).status).toBe(403)
    const bad = await remove({ memberIds: ['nope'], extra: 1 })
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as ApiError).issues.map((i) => i.path).sort()).toEqual(['extra', 'memberIds.0'])
    const empty = await remove({ memberIds: [] })
    expect(((await empty.json()) as ApiError).issues).toEqual([{ path: 'memberIds', message: 'must name at least one member' }])
    const ok = await remove({ memberIds: [ids[0], ids[2], 'AAAAAAAAAAAAAAAAAAAAAA'] })
    expect(ok.status).toBe(200)
    const body = (await ok.json()) as { removed: string[]; team: { members: { name: string }[] } }
    expect(body.removed.sort()).toEqual([ids[0], ids[2]].sort())
    expect(body.team.members.map((m) => m.name).sort()).toEqual(['M1', 'M3'])
  })

  it('removes the ticked members from the admin page', async () => {
    const t = await createTeam()
    const ids: string[] = []
    for (const [i, level] of [0, 1, 2].entries()) ids.push(await memberOf(await join(t.id, await resultAt(level), `M${i}`)))
    const page = await (await call(t.adminUrl)).text()
    expect(page).toContain('form="bulk-remove"')
    const res = await postForm(`/t/${t.id}/admin`, { token: t.adminToken, action: 'remove', memberId: [ids[0]!, ids[1]!] })
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('2 members were removed from the team.')
    expect(await names(t.id)).toEqual(['M2'])
    expect((await postForm(`/t/${t.id}/admin`, { token: t.adminToken, action: 'remove', memberId: 'nope' })).status).toBe(400)
  })

  it('replaces the join link: the old link stops working, members stay', async () => {
    const t = await createTeam()
    await join(t.id, await resultAt(2), 'Early')
    const replace = (headers: Record<string, string>) => call(`/api/teams/${t.id}/join-link`, { method: 'POST', headers })
    expect((await replace({})).status).toBe(403)
    const res = await replace(admin(t.adminToken))
    expect(res.status).toBe(200)
    const { joinUrl } = (await res.json()) as { joinUrl: string }
    expect(joinUrl).toMatch(new RegExp(`^/t/${t.id}\\?key=[A-Za-z0-9_-]{22}$`))
    const key = new URL(joinUrl, ORIGIN).searchParams.get('key')!

    // The old link: no page, no map, no joining.
    expect((await call(`/t/${t.id}`)).status).toBe(403)
    const oldApi = await call(`/api/teams/${t.id}`)
    expect(oldApi.status).toBe(403)
    expect(((await oldApi.json()) as ApiError).issues).toEqual([{ path: 'key', message: 'is not the current join key' }])
    const late = await resultAt(1)
    expect((await join(t.id, late, 'Late')).status).toBe(403)
    expect((await postForm(`/t/${t.id}/join`, { result: deleteLink(late), name: 'Late' })).status).toBe(403)

    // The new link: everything, and the members are still there.
    expect(await names(t.id, `?key=${key}`)).toEqual(['Early'])
    const keyed = await call(joinUrl)
    // The key must not leave in a Referer header when someone follows a link on the page.
    expect(keyed.headers.get('referrer-policy')).toBe('no-referrer')
    const page = await keyed.text()
    expect(page).toContain(`${ORIGIN}/t/${t.id}?key=${key}`)
    expect(page).toContain(`/quiz?team=${t.id}&amp;key=${key}`)
    expect((await call(`/quiz?team=${t.id}&key=${key}`)).headers.get('referrer-policy')).toBe('no-referrer')
    expect(page).toContain(`name="key" value="${key}"`)
    expect((await join(t.id, late, 'Late', { key })).status).toBe(201)
    const viaForm = await postForm(`/t/${t.id}/join`, { result: deleteLink(await resultAt(3)), name: 'Form', key })
    expect(viaForm.status).toBe(303)
    expect(viaForm.headers.get('location')).toMatch(new RegExp(`^/t/${t.id}\\?key=${key}&joined=`))

    // From the admin page, again: the previous key stops working too.
    const again = await postForm(`/t/${t.id}/admin`, { token: t.adminToken, action: 'new-link' })
    expect(await again.text()).toContain('The join link was replaced')
    expect((await call(joinUrl)).status).toBe(403)
    expect((await call(t.adminUrl)).status).toBe(200)
    expect((await teamOf(t.id, `?key=${key}`)).error).toMatch(/replaced/)
  })
})

describe('a team object after a restart', () => {
  it('reads its members, setting and join key back from storage and carries on', async () => {
    const t = await createTeam('low-batch')
    for (const [i, level] of [0, 2, 4].entries()) expect((await join(t.id, await resultAt(level), `P${i}`)).status).toBe(201)
    const patch = await call(`/api/teams/${t.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...admin(t.adminToken) },
      body: JSON.stringify({ setting: 'horizontal' }),
    })
    expect(patch.status).toBe(200)
    const { joinUrl } = (await (
      await call(`/api/teams/${t.id}/join-link`, { method: 'POST', headers: admin(t.adminToken) })
    ).json()) as { joinUrl: string }
    const query = `?key=${new URL(joinUrl, ORIGIN).searchParams.get('key')}`
    const before = await teamOf(t.id, query)

    const stub = teamStub(env, t.id)
    await evictDurableObject(stub)
    // A fresh instance: nothing in memory until it reads storage.
    expect(await runInDurableObject(stub, (instance) => (instance as unknown as { members?: unknown }).members)).toBeUndefined()

    expect(await teamOf(t.id, query)).toEqual(before)
    expect(before.setting).toBe('horizontal')
    expect((await call(`/api/teams/${t.id}`)).status).toBe(403)
    // And it keeps working: a join and a removal after the restart.
    const late = await resultAt(1)
    const memberId = await memberOf(await join(t.id, late, 'After', { key: query.slice(5) }))
    expect((await call(`/api/teams/${t.id}/members/${memberId}`, { method: 'DELETE', headers: admin(late.token) })).status).toBe(
      204,
    )
    expect((await teamOf(t.id, query)).members.map((m: { name: string }) => m.name).sort()).toEqual(['P0', 'P1', 'P2'])
  })
})

describe('team creation still answers as before', () => {
  it('gives a join link without a key until the lead replaces it', async () => {
    const res = await postJson('/api/teams', { name: 'Plain', setting: 'low-batch' })
    const body = (await res.json()) as { id: string; joinUrl: string }
    expect(body.joinUrl).toBe(`/t/${body.id}`)
  })
})
