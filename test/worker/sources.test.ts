import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { scoringContent as content } from '../../model/content/scoring'
import { COHORT, countCohort } from '../../worker/norms/aggregate'
import type { TakerRow } from '../../worker/norms/row'
import { cohortFigures } from '../../worker/sources/schema'
import { cohortKey, sourceKey } from '../../worker/sources/store'
import { hashToken } from '../../worker/tokens'
import { failingD1, row, run, seed } from '../helpers/norms'
import { answersOf, freshLimiterWindow, randomIp } from '../helpers/worker'
import { textOf } from '../helpers/html'

type Env = Cloudflare.Env

const json = (body: unknown, ip = randomIp(), type = 'application/json'): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': type, 'cf-connecting-ip': ip },
  body: typeof body === 'string' ? body : JSON.stringify(body),
})

interface Created {
  source: string
  name: string
  createdAt: string
  ownerUrl: string
  embed: string
}

async function createSource(name = 'Bootcamp 2026', ip = randomIp()): Promise<Created & { token: string }> {
  const res = await run('/api/sources', json({ name }, ip))
  expect(res.status).toBe(201)
  const body = (await res.json()) as Created
  return { ...body, token: new URL(body.ownerUrl, 'http://x').searchParams.get('token')! }
}

const bearer = (token: string): RequestInit => ({ headers: { authorization: `Bearer ${token}` } })
const readApi = (tag: string, token: string, bindings: Env = env) => run(`/api/sources/${tag}`, bearer(token), bindings)
const readJson = async (tag: string, token: string, bindings: Env = env) => {
  const res = await readApi(tag, token, bindings)
  expect(res.status).toBe(200)
  return (await res.json()) as any
}

const text = (html: string) => textOf(html, undefined, ' ')

const many = (n: number, over: Partial<TakerRow>) => Array.from({ length: n }, () => row(over))

/**
 * Ten results of `tag` (three engineers on one day, seven data scientists on the next), two of
 * an earlier quiz version, and rows of another tag and of no tag that must not be counted.
 */
async function seedCohort(tag: string, other: string): Promise<void> {
  await seed([
    ...many(3, {
      source: tag,
      stats: 20,
      ml: 40,
      swe: 80,
      infra: 70,
      comm: 50,
      position: 15,
      top_role: 'software-engineer',
      day: '2026-11-20',
    }),
    ...many(2, {
      source: tag,
      stats: 80,
      ml: 70,
      swe: 30,
      infra: 20,
      comm: 60,
      position: 85,
      top_role: 'data-scientist',
      seniority: 'senior',
      day: '2026-11-21',
    }),
    ...many(5, {
      source: tag,
      stats: 80,
      ml: 70,
      swe: 30,
      infra: 20,
      comm: 60,
      position: 85,
      top_role: 'data-scientist',
      seniority: 'entry',
      day: '2026-11-21',
    }),
    ...many(2, { source: tag, quiz_version: content.version - 1, stats: 0, position: 0 }),
    ...many(20, { source: other, stats: 0, ml: 0, position: 50, top_role: 'research-scientist', seniority: 'lead' }),
    ...many(10, { source: null, stats: 100, position: 99 }),
  ])
}

describe('creating a source', () => {
  it('answers 201 with a generated tag, the private owner link and the widget snippet, and stores only the token hash', async () => {
    const made = await createSource('Data course, spring')
    expect(made.source).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(made.name).toBe('Data course, spring')
    expect(made.ownerUrl).toBe(`/s/${made.source}?token=${made.token}`)
    expect(made.token).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(made.embed).toBe(
      `<div data-role-spectrum data-source="${made.source}"></div>\n<script src="http://example.com/embed.js" async></script>`,
    )
    const stored = await env.RESULTS.get(sourceKey(made.source))
    expect(stored).not.toContain(made.token)
    expect(JSON.parse(stored!)).toEqual({
      name: 'Data course, spring',
      createdAt: made.createdAt,
      ownerHash: await hashToken(made.token),
    })
  })

  it('gives every source its own tag and token', async () => {
    const [a, b] = [await createSource('Same name'), await createSource('Same name')]
    expect(a.source).not.toBe(b.source)
    expect(a.token).not.toBe(b.token)
  })

  it('refuses bad bodies with 400 naming each bad field, and stores nothing', async () => {
    const before = (await env.RESULTS.list({ prefix: 'v1:source:' })).keys.length
    const cases: [unknown, { path: string; message: string }[]][] = [
      [{}, [{ path: 'name', message: 'required' }]],
      [{ name: '' }, [{ path: 'name', message: 'must not be empty' }]],
      [{ name: 'x'.repeat(41) }, [{ path: 'name', message: 'must be at most 40 characters' }]],
      [{ name: 42 }, [{ path: 'name', message: 'must be a string' }]],
      [{ name: 'a\u0007b' }, [{ path: 'name', message: 'must not contain control characters' }]],
      [{ name: 'ok', source: 'mine' }, [{ path: 'source', message: 'unknown field' }]],
      [[], [{ path: '', message: 'must be an object' }]],
    ]
    for (const [body, issues] of cases) {
      const res = await run('/api/sources', json(body))
      expect(res.status, JSON.stringify(body)).toBe(400)
      expect(((await res.json()) as any).issues).toEqual(issues)
    }
    const notJson = await run('/api/sources', json('{"name": '))
    expect(notJson.status).toBe(400)
    expect(((await notJson.json()) as any).issues).toEqual([{ path: '', message: 'not valid JSON' }])
    expect((await run('/api/sources', json({ name: 'x' }, randomIp(), 'text/plain'))).status).toBe(415)
    expect((await env.RESULTS.list({ prefix: 'v1:source:' })).keys.length).toBe(before)
  })

  it('says in its error line what is wrong with the name', async () => {
    const res = await run('/api/sources', json({ name: '   ' }))
    expect(((await res.json()) as any).error).toBe('The name must not be empty.')
  })

  it('rate-limits creation per address', async () => {
    const ip = '192.0.2.160'
    await freshLimiterWindow()
    for (let i = 0; i < 10; i++) expect((await run('/api/sources', json({ name: `Flood ${i}` }, ip))).status).toBe(201)
    const res = await run('/api/sources', json({ name: 'One more' }, ip))
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toBe('60')
    // The form shares the limit.
    const form = await run('/s', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'cf-connecting-ip': ip },
      body: 'name=Form',
    })
    expect(form.status).toBe(429)
    // Another address is not held back.
    expect((await run('/api/sources', json({ name: 'Elsewhere' }))).status).toBe(201)
  }, 60_000)
})

describe('the owner’s figures', () => {
  it('counts the rows of this tag only, of the current quiz version, through the API', async () => {
    const made = await createSource()
    const other = await createSource('Someone else')
    await seedCohort(made.source, other.source)
    const body = await readJson(made.source, made.token)
    expect(body).toMatchObject({
      source: made.source,
      name: 'Bootcamp 2026',
      state: 'ready',
      rows: 10,
      older: 2,
      minRows: 5,
      step: 5,
    })
    expect(body.quizVersion).toBe(content.version)
    expect(body.areas.map((a: any) => [a.id, a.mean])).toEqual([
      ['stats', 62], // (3 × 20 + 7 × 80) / 10
      ['ml', 61], // (3 × 40 + 7 × 70) / 10
      ['swe', 45], // (3 × 80 + 7 × 30) / 10
      ['infra', 35], // (3 × 70 + 7 × 20) / 10
      ['comm', 57], // (3 × 50 + 7 × 60) / 10
    ])
    // Three software engineers are fewer than five, and the seven data scientists would follow
    // from the total: both are counted together as other roles, and named nowhere.
    expect(body.topRoles).toEqual([{ id: 'other', name: 'Other roles (fewer than 5 people each)', n: 10, share: 1 }])
    // The same for the spectrum: the 3 at 10–19 would give the 7 at 80–89 away, so no step has a number.
    expect(body.spectrum.every((b: any) => b.n === null && b.share === null)).toBe(true)
    // Every band is listed; only early career (5) has a number: mid-level 3 and senior 2 are two
    // small bands together, so neither follows from the total.
    expect(body.seniority.map((s: any) => [s.id, s.n])).toEqual([
      ['entry', 5],
      ['mid', null],
      ['senior', null],
      ['lead', null],
    ])
    // A day with fewer than five results has no number: it would tell when each of them took the
    // quiz; the other day then has none either, since the total would give the first away.
    expect(body.days).toEqual([
      { day: '2026-11-20', n: null },
      { day: '2026-11-21', n: null },
    ])
    // The other tag sees its own twenty, not these.
    const theirs = await readJson(other.source, other.token)
    expect(theirs.rows).toBe(20)
    expect(theirs.topRoles).toEqual([{ id: 'research-scientist', name: 'Research scientist', n: 20, share: 1 }])
  })

  it('shows the same figures on the private page, which is never indexed, cached or sent on as a referrer', async () => {
    const made = await createSource('Spring <cohort>')
    await seedCohort(made.source, 'AnotherTagAnotherTag12')
    const res = await run(made.ownerUrl)
    expect(res.status).toBe(200)
    expect(res.headers.get('referrer-policy')).toBe('no-referrer')
    expect(res.headers.get('cache-control')).toBe('no-store')
    const html = await res.text()
    expect(html).toContain('<meta name="robots" content="noindex">')
    expect(html).not.toContain('<cohort>')
    const page = await text(html)
    expect(page).toContain('Spring <cohort>')
    expect(page).toContain('10 people counted: the first 10 who took the quiz through this widget')
    expect(page).toContain('they next change once 15 have taken it')
    expect(page).toContain('2 people who took an earlier version of the quiz are not counted here')
    expect(page).toMatch(/Other roles \(fewer than 5 people each\)\s+100 %/)
    expect(page).not.toMatch(/Software engineer\s+30 %/)
    expect(page).toMatch(/Statistics & analysis\s+62/)
    expect(page).toMatch(/Early career\s+50 %/)
    expect(page).toMatch(/Senior\s+–/)
    expect(page).toMatch(/21 Nov 2026\s+–/)
    expect(page).toMatch(/20 Nov 2026\s+–/)
    expect(page).not.toMatch(/20 Nov 2026\s+3/)
    // Honest about what the rule cannot stop.
    expect(page).toContain('anyone, you included, can add results under it')
    expect(page).toContain(`data-source="${made.source}"`)
    expect(page).toContain('figures appear once 5 people have taken the quiz through this widget')
  })

  it('counts results made through the widget with the tag, from creation to the figures', async () => {
    const made = await createSource()
    for (const level of [0, 1, 2, 3, 4]) {
      const res = await run('/api/results', json({ answers: answersOf(level), source: made.source }))
      expect(res.status).toBe(201)
    }
    await run('/api/results', json({ answers: answersOf(2) }))
    const body = await readJson(made.source, made.token)
    expect(body.state).toBe('ready')
    expect(body.rows).toBe(5)
    expect(body.areas.find((a: any) => a.id === 'stats').mean).toBe(50) // 0, 25, 50, 75 and 100
  })

  it('shows only the count below five results, and says when more appears', async () => {
    const made = await createSource()
    await seed(many(4, { source: made.source, top_role: 'data-analyst' }))
    const body = await readJson(made.source, made.token)
    expect(body).toMatchObject({ state: 'few', rows: 4, minRows: 5 })
    expect(body).not.toHaveProperty('topRoles')
    expect(body).not.toHaveProperty('areas')
    expect(body).not.toHaveProperty('spectrum')
    expect(body).not.toHaveProperty('days')
    const page = await text(await (await run(made.ownerUrl)).text())
    expect(page).toContain('4 people have taken the quiz through this widget')
    expect(page).toContain('appear here once 5 people have taken the quiz through this widget')
    expect(page).not.toContain('Data analyst')
  })

  it('shows the figures from five results on', async () => {
    const made = await createSource()
    await seed(many(5, { source: made.source, top_role: 'data-analyst' }))
    const body = await readJson(made.source, made.token)
    expect(body).toMatchObject({ state: 'ready', rows: 5 })
    expect(body.topRoles).toEqual([{ id: 'data-analyst', name: 'Data analyst', n: 5, share: 1 }])
  })

  it('reads only the cohort’s rows, however many rows the rest of the table holds', async () => {
    const made = await createSource()
    await seed(many(6, { source: made.source }))
    const alone = await countCohort(env.NORMS, made.source, content.version)
    expect(alone.counts.find((c) => c.kind === 'rows')?.n).toBe(6)
    // 3,000 more rows of the same quiz version, of other tags and of none.
    await env.NORMS.prepare(
      `WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 3000)
       INSERT INTO takers (quiz_version, day, stats, ml, swe, infra, comm, position, top_role, seniority, source)
       SELECT ?1, '2026-11-2' || (i % 10), i % 101, 50, 50, 50, 50, i % 101, 'ml-engineer', 'mid',
              CASE WHEN i % 2 = 0 THEN NULL ELSE 'other-' || (i % 7) END FROM k`,
    )
      .bind(content.version)
      .run()
    const crowded = await countCohort(env.NORMS, made.source, content.version)
    expect(crowded.counts).toEqual(alone.counts)
    // Each statement's index scan may read one entry past the source's rows to see where they
    // end: whether one follows depends on where the random tag sorts among the others.
    expect(crowded.rowsRead).toBeGreaterThanOrEqual(alone.rowsRead)
    expect(crowded.rowsRead).toBeLessThanOrEqual(alone.rowsRead + COHORT.length)
    expect(crowded.rowsRead).toBeLessThan(200)
  })
})

/** Makes the kept figures of a source look `minutes` old, as if counted then. */
async function age(tag: string, minutes: number): Promise<void> {
  const kept = cohortFigures.parse(await env.RESULTS.get(cohortKey(tag), 'json'))
  kept.norms.computedAt = new Date(Date.now() - minutes * 60_000).toISOString()
  await env.RESULTS.put(cohortKey(tag), JSON.stringify(kept))
}

describe('caching and outages', () => {
  it('keeps the figures in KV, so repeated views within five minutes do not reach D1', async () => {
    const made = await createSource()
    await seed(many(5, { source: made.source }))
    expect((await readJson(made.source, made.token)).rows).toBe(5)
    const kept = cohortFigures.parse(await env.RESULTS.get(cohortKey(made.source), 'json'))
    expect(kept.norms.rows).toBe(5)
    // New rows are not counted yet, and a D1 that fails every query is never asked.
    await seed(many(5, { source: made.source }))
    const again = await readJson(made.source, made.token, { ...env, NORMS: failingD1 })
    expect(again).toMatchObject({ state: 'ready', rows: 5, stale: false })
  })

  it('counts afresh once the kept figures are five minutes old', async () => {
    const made = await createSource()
    await seed(many(6, { source: made.source }))
    await readJson(made.source, made.token)
    await seed(many(4, { source: made.source }))
    await age(made.source, 6)
    expect((await readJson(made.source, made.token)).rows).toBe(10)
  })
})

describe('figures in steps of five people', () => {
  const roleCounts = (body: any) => Object.fromEntries(body.topRoles.map((r: any) => [r.id, r.n]))

  it('shows new figures only once five more people have taken the quiz, on the page and in the API', async () => {
    const made = await createSource()
    await seed(many(5, { source: made.source, top_role: 'data-analyst', position: 95 }))
    expect(roleCounts(await readJson(made.source, made.token))).toEqual({ 'data-analyst': 5 })
    const firstPage = await text(await (await run(made.ownerUrl)).text())

    // Two more: an owner who knows who they are must not see them in the figures.
    await seed(many(2, { source: made.source, top_role: 'research-scientist', position: 5 }))
    await age(made.source, 6)
    const after2 = await readJson(made.source, made.token)
    expect(after2).toMatchObject({ state: 'ready', rows: 5, stale: false })
    expect(roleCounts(after2)).toEqual({ 'data-analyst': 5 })
    const page = await text(await (await run(made.ownerUrl)).text())
    expect(page).not.toContain('Research scientist')
    expect(page).toContain('5 people counted: the first 5 who took the quiz through this widget')
    expect(page.replace(/counted on [^.]*\./, '')).toBe(firstPage.replace(/counted on [^.]*\./, ''))

    // Five more (12 in all): the figures move on to the first ten, never to the twelve.
    await seed(many(5, { source: made.source, top_role: 'research-scientist', position: 5 }))
    await age(made.source, 6)
    const after7 = await readJson(made.source, made.token)
    expect(after7).toMatchObject({ state: 'ready', rows: 10 })
    expect(roleCounts(after7)).toEqual({ 'data-analyst': 5, 'research-scientist': 5 })
    expect(await text(await (await run(made.ownerUrl)).text())).toContain('Research scientist')
  })

  it('counts the same first rows wherever the figures are counted, even without the kept copy', async () => {
    const made = await createSource()
    await seed(many(5, { source: made.source, top_role: 'data-analyst' }))
    const first = await readJson(made.source, made.token)
    // Another location with no copy of its own (or one that expired) counts the same five.
    await seed(many(4, { source: made.source, top_role: 'research-scientist' }))
    await env.RESULTS.delete(cohortKey(made.source))
    const elsewhere = await readJson(made.source, made.token)
    const { computedAt: _a, ...before } = first
    const { computedAt: _b, ...after } = elsewhere
    expect(after).toEqual(before)
    // Only the source's rows were counted to decide: the kept copy is not rewritten while they are not a step more.
    await age(made.source, 6)
    const kept = await env.RESULTS.get(cohortKey(made.source))
    await readJson(made.source, made.token)
    expect(await env.RESULTS.get(cohortKey(made.source))).toBe(kept)
  })

  it('counts every result below five, where only the count is shown', async () => {
    const made = await createSource()
    await seed(many(3, { source: made.source }))
    expect((await readJson(made.source, made.token)).rows).toBe(3)
    await seed(many(1, { source: made.source }))
    await age(made.source, 6)
    expect(await readJson(made.source, made.token)).toMatchObject({ state: 'few', rows: 4 })
    await seed(many(3, { source: made.source }))
    await age(made.source, 6)
    expect(await readJson(made.source, made.token)).toMatchObject({ state: 'ready', rows: 5 })
  })
})

describe('outages', () => {
  it('says the figures are unavailable when D1 is down and none are kept, on the page and in the API', async () => {
    const made = await createSource()
    const down = { ...env, NORMS: failingD1 }
    const body = await readJson(made.source, made.token, down)
    expect(body).toEqual({
      source: made.source,
      name: 'Bootcamp 2026',
      createdAt: made.createdAt,
      state: 'unavailable',
      minRows: 5,
    })
    const res = await run(made.ownerUrl, undefined, down)
    expect(res.status).toBe(200)
    const page = await text(await res.text())
    expect(page).toContain('The figures are unavailable just now')
    expect(page).not.toMatch(/D1_ERROR|at \w+ \(/)
    // The rest of the page still works: the widget to paste and the delete form.
    expect(page).toContain(`data-source="${made.source}"`)
    expect(page).toContain('Delete the cohort view')
  })

  it('shows the last figures, marked as old, when D1 is down and the kept ones are more than five minutes old', async () => {
    const made = await createSource()
    await seed(many(7, { source: made.source }))
    await readJson(made.source, made.token)
    await age(made.source, 60)
    const down = { ...env, NORMS: failingD1 }
    expect(await readJson(made.source, made.token, down)).toMatchObject({ state: 'ready', rows: 5, stale: true })
    const page = await text(await (await run(made.ownerUrl, undefined, down)).text())
    expect(page).toContain('these are the last ones counted')
  })
})

describe('who may see a cohort', () => {
  it('answers 403 for a wrong or missing token, before reading any figures', async () => {
    const made = await createSource()
    const someone = await createSource()
    const down = { ...env, NORMS: failingD1 }
    for (const token of [someone.token, 'A'.repeat(22), 'not-a-token']) {
      const res = await readApi(made.source, token, down)
      expect(res.status).toBe(403)
      expect(((await res.json()) as any).error).toBe('This owner token is missing or wrong.')
      expect((await run(`/s/${made.source}?token=${encodeURIComponent(token)}`)).status).toBe(403)
    }
    expect((await run(`/api/sources/${made.source}`)).status).toBe(403)
    expect((await run(`/s/${made.source}`)).status).toBe(403)
    expect(await env.RESULTS.get(cohortKey(made.source))).toBeNull()
  })

  it('answers 405 with Allow for a known path with a method it does not take', async () => {
    const made = await createSource()
    const get = await run('/api/sources')
    expect(get.status).toBe(405)
    expect(get.headers.get('allow')).toBe('POST')
    const put = await run(`/api/sources/${made.source}`, { method: 'PUT', ...bearer(made.token) })
    expect(put.status).toBe(405)
    expect(put.headers.get('allow')).toBe('GET, HEAD, DELETE')
    expect((await run(`/s/${made.source}/delete`)).status).toBe(405)
  })

  it('answers 404 for an unknown or malformed tag', async () => {
    const made = await createSource()
    for (const tag of ['B'.repeat(22), 'bootcamp-2026', 'x']) {
      const res = await readApi(tag, made.token)
      expect(res.status).toBe(404)
      expect(await res.json()).toEqual({ error: 'No cohort view with this tag.', issues: [] })
      expect((await run(`/s/${tag}?token=${made.token}`)).status).toBe(404)
    }
  })
})

describe('the form and the owner page', () => {
  const form = (path: string, body: string, headers: Record<string, string> = {}) =>
    run(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'cf-connecting-ip': randomIp(), ...headers },
      body,
      redirect: 'manual',
    })

  it('offers the form on /s/new, linked from /stats', async () => {
    const res = await run('/s/new')
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('<form method="post" action="/s">')
    expect(html).toContain('name="name"')
    expect(await (await run('/stats')).text()).toContain('href="/s/new"')
  })

  it('creates a source from the form and lands on its private page with the snippet to paste', async () => {
    const res = await form('/s', 'name=Evening+course')
    expect(res.status).toBe(303)
    const location = res.headers.get('location')!
    expect(location).toMatch(/^\/s\/[A-Za-z0-9_-]{22}\?token=[A-Za-z0-9_-]{22}&new=1$/)
    const tag = location.split('/')[2]!.split('?')[0]!
    const page = await run(location)
    expect(page.headers.get('cache-control')).toBe('no-store')
    const words = await text(await page.text())
    expect(words).toContain('Evening course')
    expect(words).toContain('Your cohort view is ready')
    expect(words).toContain(`<div data-role-spectrum data-source="${tag}"></div>`)
    expect(words).toContain('0 people have taken the quiz through this widget')
  })

  it('shows the form again with what is wrong with the name', async () => {
    const res = await form('/s', 'name=%20%20')
    expect(res.status).toBe(400)
    expect(await text(await res.text())).toContain('The name must not be empty.')
  })

  it('answers 503 with Retry-After, from the form as from the API, when KV refuses the write', async () => {
    const broken = new Proxy(env.RESULTS, {
      get(target, prop) {
        if (prop === 'put') return () => Promise.reject(new Error('KV put failed: 503 Service Unavailable'))
        const value = Reflect.get(target, prop)
        return typeof value === 'function' ? value.bind(target) : value
      },
    })
    const down = { ...env, RESULTS: broken }
    const before = (await env.RESULTS.list({ prefix: 'v1:source:' })).keys.length
    const page = await run(
      '/s',
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'cf-connecting-ip': randomIp() },
        body: 'name=Evening+course',
        redirect: 'manual',
      },
      down,
    )
    expect(page.status).toBe(503)
    expect(Number(page.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(page.headers.get('location')).toBeNull()
    const words = await text(await page.text())
    expect(words).toContain('Your cohort view could not be created just now')
    expect(words).not.toMatch(/KV put failed|at \w+ \(/)
    const api = await run('/api/sources', json({ name: 'Evening course' }), down)
    expect(api.status).toBe(503)
    expect(Number(api.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await env.RESULTS.list({ prefix: 'v1:source:' })).keys.length).toBe(before)
  })

  it('refuses a form sent from another site', async () => {
    expect((await form('/s', 'name=Evil', { 'sec-fetch-site': 'cross-site' })).status).toBe(403)
  })

  it('lets the owner delete the source from its page: the figures and the link stop working, the rows stay', async () => {
    const made = await createSource()
    await seed(many(5, { source: made.source }))
    await readJson(made.source, made.token)
    expect((await form(`/s/${made.source}/delete`, `token=${someoneElse()}`)).status).toBe(403)
    const res = await form(`/s/${made.source}/delete`, `token=${made.token}`)
    expect(res.status).toBe(200)
    expect(await text(await res.text())).toContain('The cohort view was deleted')
    expect((await run(made.ownerUrl)).status).toBe(404)
    expect(await env.RESULTS.get(sourceKey(made.source))).toBeNull()
    expect(await env.RESULTS.get(cohortKey(made.source))).toBeNull()
    const rows = await env.NORMS.prepare('SELECT COUNT(*) AS n FROM takers WHERE source = ?')
      .bind(made.source)
      .first<{ n: number }>()
    expect(rows?.n).toBe(5)
  })

  it('lets the owner delete the source through the API with its token only', async () => {
    const made = await createSource()
    const del = (token: string) => run(`/api/sources/${made.source}`, { method: 'DELETE', ...bearer(token) })
    expect((await del(someoneElse())).status).toBe(403)
    expect((await del(made.token)).status).toBe(204)
    expect((await readApi(made.source, made.token)).status).toBe(404)
    expect((await del(made.token)).status).toBe(404)
  })
})

/** A well-formed token that belongs to nobody. */
const someoneElse = () => 'Z'.repeat(22)
