import { createExecutionContext, type D1Migration } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { beforeEach, describe, expect, it } from 'vitest'
import { scoringContent as content } from '../../model/content/scoring'
import worker from '../../worker/index'
import type { TakerRow } from '../../worker/norms/row'
import { normsSchema } from '../../worker/norms/schema'
import { statsView } from '../../worker/norms/stats'
import { forgetNormsInMemory, normsKey } from '../../worker/norms/store'
import { clearNorms, countingD1, failingD1, hangingD1, postJsonTo, row, run, runCron, seed } from '../helpers/norms'
import { answersOf } from '../helpers/worker'
import { select, textOf } from '../helpers/html'

beforeEach(clearNorms)

/** `n` rows with the given score in one area and 50 elsewhere. */
const rows = (n: number, over: Partial<TakerRow> = {}): TakerRow[] => Array.from({ length: n }, () => row(over))

/** A result whose five scores are all 50 (every answer at level 2). */
async function resultOfFifties(): Promise<string> {
  const res = await postJsonTo('/api/results', { answers: answersOf(2) })
  const body = (await res.json()) as any
  expect(Object.values(body.result.scores)).toEqual([50, 50, 50, 50, 50])
  return body.id
}

const text = (html: string) => textOf(html)
const storedNorms = async () => normsSchema.parse(await env.RESULTS.get(normsKey(content.version), 'json'))

describe('the cron trigger', () => {
  it('stores per-area score counts, positions, top roles and the calibration tables in KV', async () => {
    await seed([
      ...rows(3, { stats: 10, position: 20, top_role: 'data-scientist', seniority: 'senior', current_role: 'data-scientist' }),
      ...rows(2, { stats: 90, years: '1-2', seniority: 'entry' }),
      ...rows(5, { quiz_version: content.version - 1, stats: 0 }),
    ])
    await runCron()
    const norms = await storedNorms()
    expect(norms.rows).toBe(5)
    expect(norms.areas.stats[10]).toBe(3)
    expect(norms.areas.stats[90]).toBe(2)
    expect(norms.areas.stats.reduce((s, n) => s + n, 0)).toBe(5)
    expect(norms.areas.ml[50]).toBe(5)
    expect(norms.positions[20]).toBe(3)
    expect(norms.positions[50]).toBe(2)
    expect(norms.top).toEqual(
      expect.arrayContaining([
        { a: 'data-scientist', b: 'senior', n: 3 },
        { a: 'ml-engineer', b: 'entry', n: 2 },
      ]),
    )
    expect(norms.confusion).toEqual([{ a: 'data-scientist', b: 'data-scientist', n: 3 }])
    expect(norms.years).toEqual([{ a: '1-2', b: 'entry', n: 2 }])
    // The earlier version has figures of its own.
    const older = normsSchema.parse(await env.RESULTS.get(normsKey(content.version - 1), 'json'))
    expect(older.rows).toBe(5)
    expect(older.areas.stats[0]).toBe(5)
  })

  it('counts every row exactly once across runs, reading only the rows written since the last', async () => {
    await seed(rows(150))
    await runCron()
    await seed(rows(5, { stats: 0 }))
    const { advanceTotals } = await import('../../worker/norms/aggregate')
    const { rowsRead } = await advanceTotals(env.NORMS)
    expect(rowsRead).toBeGreaterThan(0)
    expect(rowsRead).toBeLessThan(150)
    await runCron()
    const norms = await storedNorms()
    expect(norms.rows).toBe(155)
    expect(norms.areas.stats[0]).toBe(5)
    expect(norms.areas.stats[50]).toBe(150)
    expect(norms.top).toEqual([{ a: 'ml-engineer', b: 'mid', n: 155 }])
  })

  it('counts rows written after the newest rows were deleted: the id of a deleted row is never given again', async () => {
    await seed(rows(5))
    await runCron()
    // A purge of the newest rows (a spam burst), then new rows.
    await env.NORMS.prepare('DELETE FROM takers WHERE rowid IN (SELECT rowid FROM takers ORDER BY rowid DESC LIMIT 2)').run()
    await seed(rows(5, { stats: 0 }))
    await runCron()
    const norms = await storedNorms()
    // The five counted before the purge (totals keep them) and the five new ones.
    expect(norms.rows).toBe(10)
    expect(norms.areas.stats[0]).toBe(5)
    expect(norms.areas.stats[50]).toBe(5)
  })

  it('migration 0003 keeps every row and its number, and gives no number at or below the mark again', async () => {
    const { TEST_MIGRATIONS } = env as unknown as { TEST_MIGRATIONS: D1Migration[] }
    const statements = (prefix: string) =>
      TEST_MIGRATIONS.find((m) => m.name.startsWith(prefix))!.queries.map((q) => env.NORMS.prepare(q))
    // The table as 0001 made it: five rows counted up to rowid 5, then the newest two deleted.
    await env.NORMS.batch([env.NORMS.prepare('DROP TABLE takers'), ...statements('0001')])
    await seed([10, 11, 12, 13, 14].map((stats) => row({ stats })))
    await env.NORMS.batch([
      env.NORMS.prepare('UPDATE taker_totals_mark SET upto = 5'),
      env.NORMS.prepare('DELETE FROM takers WHERE rowid > 3'),
    ])
    await env.NORMS.batch(statements('0003'))
    const left = await env.NORMS.prepare('SELECT id, stats FROM takers ORDER BY id').all()
    expect(left.results).toEqual([
      { id: 1, stats: 10 },
      { id: 2, stats: 11 },
      { id: 3, stats: 12 },
    ])
    await seed([row({ stats: 15 })])
    expect(await env.NORMS.prepare('SELECT id FROM takers WHERE stats = 15').first('id')).toBe(6)
    const indexes = await env.NORMS.prepare(
      "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'takers' AND sql IS NOT NULL ORDER BY name",
    ).all<{ name: string; sql: string }>()
    expect(indexes.results.map((i) => i.name)).toEqual(['takers_by_source', 'takers_by_version'])
    expect(indexes.results[0]!.sql).toMatch(/WHERE source IS NOT NULL$/)
  })

  it('fails when D1 does, and leaves the last stored figures as they were', async () => {
    await seed(rows(7))
    await runCron()
    const before = await env.RESULTS.get(normsKey(content.version))
    await expect(runCron({ ...env, NORMS: failingD1 })).rejects.toThrow(/D1_ERROR/)
    expect(await env.RESULTS.get(normsKey(content.version))).toBe(before)
  })
})

describe('percentiles on the result page', () => {
  /**
   * 150 rows around a result of all 50s: per area, how many score below 50, at 50 and above.
   * Higher than (below + at/2) / 150, rounded down.
   */
  const SPLITS = {
    stats: [90, 30, 30], // (90 + 15) / 150 = 70 %
    ml: [30, 30, 90], // 30 %
    swe: [0, 150, 0], // 50 %
    infra: [149, 0, 1], // 99.3 % → 99
    comm: [0, 0, 150], // 0 %
  } as const
  const seeded = (): TakerRow[] =>
    Array.from({ length: 150 }, (_, i) => {
      const score = ([below, at]: readonly number[]) => (i < below! ? 20 : i < below! + at! ? 50 : 80)
      return row({
        stats: score(SPLITS.stats),
        ml: score(SPLITS.ml),
        swe: score(SPLITS.swe),
        infra: score(SPLITS.infra),
        comm: score(SPLITS.comm),
      })
    })

  it('says, per area, what share of takers scored lower (ties half) once there are 150 rows', async () => {
    await seed(seeded())
    await runCron()
    const id = await resultOfFifties()
    const page = await text(await (await run(`/r/${id}`)).text())
    const line = (area: string) => page.match(new RegExp(`${area}: higher than (\\d+) % of people`))?.[1]
    const names = Object.fromEntries(content.areas.map((a) => [a.id, a.name]))
    expect(line(names.stats!)).toBe('70')
    expect(line(names.ml!)).toBe('30')
    expect(line(names.swe!)).toBe('50')
    expect(line(names.infra!)).toBe('99')
    expect(line(names.comm!)).toBe('0')
    expect(page).toContain('Out of 150 anonymous results')
  })

  it('shows no percentile below 100 rows, only how many there are so far', async () => {
    await seed(seeded().slice(0, 94))
    await runCron()
    const id = await resultOfFifties()
    const page = await text(await (await run(`/r/${id}`)).text())
    expect(page).not.toContain('higher than')
    // Counted in whole steps of five: 90 of the 94 (the result's own row waits for the next run).
    expect(page).toContain(
      'Comparisons with other people appear here once 100 people have taken this version of the quiz (90 so far)',
    )
  })

  it('reads only the stored figures on a page view, never D1', async () => {
    await seed(seeded())
    await runCron()
    const id = await resultOfFifties()
    forgetNormsInMemory()
    const page = await text(await (await run(`/r/${id}`, undefined, { ...env, NORMS: failingD1 })).text())
    expect(page).toContain('higher than 70 % of people')
  })

  it('computes the figures once when none are stored yet, however many views ask at the same time, and stores them', async () => {
    await seed(seeded())
    const id = await resultOfFifties()
    expect(await env.RESULTS.get(normsKey(content.version))).toBeNull()
    const d1 = countingD1()
    const bindings = { ...env, NORMS: d1.db }
    await Promise.all([
      run(`/r/${id}`, undefined, bindings),
      run(`/r/${id}`, undefined, bindings),
      run('/stats', undefined, bindings),
    ])
    // One computation (its one batch) for the three views.
    expect(d1.batches()).toBe(1)
    // 150 seeded rows and the result's own, counted in whole steps of five: 150.
    expect((await storedNorms()).rows).toBe(150)
    expect(await text(await (await run(`/r/${id}`, undefined, bindings)).text())).toContain('Out of 150 anonymous results')
    expect(d1.batches()).toBe(1)
  })

  it('does not wait on a D1 that never answers: the page comes without comparisons, /stats says they are not available', async () => {
    const id = await resultOfFifties()
    expect(await env.RESULTS.get(normsKey(content.version))).toBeNull()
    for (const path of [`/r/${id}`, '/stats']) {
      forgetNormsInMemory()
      // The computation is left pending in ctx: the response must come without it.
      const res = await Promise.race([
        worker.fetch(new Request(`http://example.com${path}`), { ...env, NORMS: hangingD1 }, createExecutionContext()),
        new Promise<'hung'>((resolve) => setTimeout(resolve, 5000, 'hung')),
      ])
      expect(res, path).not.toBe('hung')
      expect((res as Response).status).toBe(200)
      const page = await text(await (res as Response).text())
      expect(page).not.toContain('higher than')
      expect(page).not.toContain('Comparisons with other people')
      if (path === '/stats') expect(page).toContain('The figures are not available just now')
    }
  })

  it('shows nothing about other people when neither KV nor D1 can give figures', async () => {
    const id = await resultOfFifties()
    forgetNormsInMemory()
    const res = await run(`/r/${id}`, undefined, { ...env, NORMS: failingD1 })
    expect(res.status).toBe(200)
    const page = await text(await res.text())
    expect(page).not.toContain('higher than')
    expect(page).not.toContain('Comparisons with other people')
  })

  it('keeps the page ETag across cron runs that add no rows', async () => {
    await seed(seeded())
    const id = await resultOfFifties()
    await runCron()
    const before = await storedNorms()
    const first = (await run(`/r/${id}`)).headers.get('etag')!
    await new Promise((r) => setTimeout(r, 5))
    await runCron()
    // The figures were computed again (a later time), from the same rows.
    expect((await storedNorms()).computedAt).not.toBe(before.computedAt)
    const again = await run(`/r/${id}`, { headers: { 'if-none-match': first } })
    expect(again.status).toBe(304)
    expect(again.headers.get('etag')).toBe(first)
    const stats = (await run('/stats')).headers.get('etag')!
    await runCron()
    expect((await run('/stats', { headers: { 'if-none-match': stats } })).status).toBe(304)
  })

  it('changes the page ETag when the figures change', async () => {
    await seed(seeded())
    await runCron()
    const id = await resultOfFifties()
    const first = (await run(`/r/${id}`)).headers.get('etag')!
    expect((await run(`/r/${id}`, { headers: { 'if-none-match': first } })).status).toBe(304)
    await seed(rows(4))
    await runCron()
    const second = await run(`/r/${id}`, { headers: { 'if-none-match': first } })
    expect(second.status).toBe(200)
    expect(second.headers.get('etag')).not.toBe(first)
  })

  it('leaves results of quiz versions 0 and 1 as they were: no comparison', async () => {
    await seed(seeded().map((r) => ({ ...r, quiz_version: 1 })))
    await runCron()
    const fixture = (await import('../fixtures/result-v1.json')).default as any
    await env.RESULTS.put(`v1:result:${fixture.id}`, JSON.stringify(fixture))
    const page = await text(await (await run(`/r/${fixture.id}`)).text())
    expect(page).not.toContain('higher than')
    expect(page).not.toContain('Comparisons with other people')
  })
})

describe('publishing in steps', () => {
  it('never lets two saved views of /stats differ by one person: the differencing attack of issue #21 finds nothing', async () => {
    await seed(rows(110, { current_role: 'data-engineer', years: '3-5' }))
    await runCron()
    const before = await text(await (await run('/stats')).text())
    // One person takes the quiz with private answers; the cron runs; the attacker looks again.
    const res = await postJsonTo('/api/results', {
      answers: answersOf(2),
      calibration: { currentRole: 'data-engineer', years: '6-10' },
    })
    expect(res.status).toBe(201)
    await runCron()
    const after = await text(await (await run('/stats')).text())
    expect(after.replace(/counted on .*? UTC/, '')).toBe(before.replace(/counted on .*? UTC/, ''))
    expect((await storedNorms()).rows).toBe(110)
    // Four more people later, the five of them are counted together.
    for (let i = 0; i < 4; i++) expect((await postJsonTo('/api/results', { answers: answersOf(1) })).status).toBe(201)
    await runCron()
    const norms = await storedNorms()
    expect(norms.rows).toBe(115)
    expect(norms.years).toEqual(expect.arrayContaining([expect.objectContaining({ a: '6-10', n: 1 })]))
  })
})

describe('/stats', () => {
  it('below 100 rows says how many there are and what appears when', async () => {
    await seed(rows(42))
    await runCron()
    const res = await run('/stats')
    expect(res.status).toBe(200)
    const page = await text(await res.text())
    // Counted in whole steps of five.
    expect(page).toContain(`40 people have taken version ${content.version} of the quiz`)
    expect(page).toContain('appear here once 100 people have taken this version')
    expect(page).not.toContain('Where people sit on the spectrum')
  })

  it('from 100 rows shows the spread, top roles, area averages and the calibration tables, hiding cells under 5', async () => {
    await seed([
      // Said ML engineer: 20 placed ML engineer, 4 placed software engineer (a cell under 5).
      ...rows(20, { current_role: 'ml-engineer', top_role: 'ml-engineer', position: 35, years: '3-5', seniority: 'mid' }),
      ...rows(4, { current_role: 'ml-engineer', top_role: 'software-engineer', position: 5 }),
      // Said data analyst: 3 people in all, a row too small to show.
      ...rows(3, { current_role: 'data-analyst', top_role: 'data-scientist', position: 80 }),
      // Said student: 6, placed data scientist.
      ...rows(6, { current_role: 'student', top_role: 'data-scientist', position: 80, stats: 20 }),
      ...rows(67, { top_role: 'data-scientist', position: 95, infra: 10 }),
    ])
    await runCron()
    const html = await (await run('/stats')).text()
    const page = await text(html)
    expect(page).toContain('100 people have taken version')
    // Spectrum in tens: 67 at 90–100, 9 at 80–89, 20 at 30–39, 4 at 0–9. The 4 are too few to
    // show, and with only them hidden the total would give them away: 80–89, the smallest other, is hidden too.
    expect(page).toMatch(/90–100\s*67 %/)
    expect(page).toMatch(/80–89\s*–/)
    expect(page).toMatch(/30–39\s*20 %/)
    expect(page).toMatch(/0–9\s*–/)
    // Top roles, most first; the 4 software engineers and the next smallest role, 20 ML engineers, as other roles.
    expect(page).toMatch(/Data scientist\s*76 %.*Other roles \(fewer than 5 people each\)\s*24 %/)
    expect(page).not.toContain('Software engineer 4 %')
    // Area averages: stats (6 × 20 + 94 × 50) / 100 = 48.2 → 48; infra (67 × 10 + 33 × 50) / 100 = 23.2 → 23.
    expect(page).toMatch(/Statistics[^0-9]*48/)
    expect(page).toMatch(/infrastructure\s*23/i)
    // The confusion table: 33 people answered; the data analyst row (3) is left out.
    const table = html.slice(html.indexOf('Current role against placed role'))
    const tableRows = await select(table, 'tr')
    const rowOf = (name: string) => tableRows.find((r) => r.text.startsWith(name))?.text
    expect(page).toContain('33 people said what their current role is')
    expect(page).toContain('rows of fewer than 5 are left out (3 people)')
    // The 4 is hidden, and so is the 20: else 24 − 20 would give the 4 away.
    expect(rowOf('ML engineer')).toBe('ML engineer24–')
    expect(rowOf('Student, or not working in this field')).toBe('Student, or not working in this field66')
    expect(rowOf('Data analyst')).toBeUndefined()
    expect(table).not.toMatch(/>4</)
    // Columns only for placed roles with a cell shown: data scientist, not ML or software engineer.
    const head = table.slice(0, table.indexOf('</thead>'))
    expect(head).toContain('Data scientist')
    expect(head).not.toContain('Software engineer')
    expect(head).not.toContain('ML engineer')
    // Years against seniority: 20 said 3–5 years, placed mid-level.
    expect(await text(html.slice(html.indexOf('Years of experience against placed seniority')))).toContain('3–5 years2020')
  })

  it('says when the figures are old because D1 could not be reached', async () => {
    await seed(rows(120))
    await runCron()
    const stored = await storedNorms()
    const old = { ...stored, computedAt: new Date(Date.now() - 3 * 3600_000).toISOString() }
    await env.RESULTS.put(normsKey(content.version), JSON.stringify(old))
    await expect(runCron({ ...env, NORMS: failingD1 })).rejects.toThrow()
    forgetNormsInMemory()
    const page = await text(await (await run('/stats')).text())
    expect(page).toContain('120 people have taken')
    expect(page).toContain('have not been updated since then')
    expect(page).toContain('Where people sit on the spectrum')
  })

  it('says the figures are not available when there are none and D1 is down', async () => {
    const res = await run('/stats', undefined, { ...env, NORMS: failingD1 })
    expect(res.status).toBe(200)
    expect(await text(await res.text())).toContain('The figures are not available just now')
  })

  it('hides a second cell in a row whose only hidden cell is not zero, so no count under 5 follows from a row total', async () => {
    await seed([
      // Said ML engineer: 20 placed ML engineer, 8 data scientist, 3 software engineer (the only small cell).
      ...rows(20, { current_role: 'ml-engineer', top_role: 'ml-engineer' }),
      ...rows(8, { current_role: 'ml-engineer', top_role: 'data-scientist' }),
      ...rows(3, { current_role: 'ml-engineer', top_role: 'software-engineer' }),
      // Said data scientist: 10 placed data scientist, and two small cells (2 and 1): nothing more to hide.
      ...rows(10, { current_role: 'data-scientist', top_role: 'data-scientist' }),
      ...rows(2, { current_role: 'data-scientist', top_role: 'ml-engineer' }),
      ...rows(1, { current_role: 'data-scientist', top_role: 'software-engineer' }),
      // Said student: 6 and 5, no small cell.
      ...rows(6, { current_role: 'student', top_role: 'data-scientist' }),
      ...rows(5, { current_role: 'student', top_role: 'ml-engineer' }),
      ...rows(45),
    ])
    await runCron()
    const norms = await storedNorms()
    const view = statsView(norms, content.roles, content.areas)
    if (view.state !== 'ready') throw new Error(view.state)
    const { columns, rows: shown } = view.confusion
    const cells = (id: string) => Object.fromEntries(columns.map((c, i) => [c.id, shown.find((r) => r.id === id)!.cells[i]]))
    expect(columns.map((c) => c.id).sort()).toEqual(['data-scientist', 'ml-engineer'])
    expect(cells('ml-engineer')).toEqual({ 'ml-engineer': 20, 'data-scientist': null })
    expect(cells('data-scientist')).toEqual({ 'ml-engineer': null, 'data-scientist': 10 })
    expect(cells('student')).toEqual({ 'ml-engineer': 5, 'data-scientist': 6 })
    // In every row of both tables, what its total leaves over is spread over no hidden cell or over two or more.
    for (const [table, counted] of [
      [view.confusion, norms.confusion],
      [view.years, norms.years],
    ] as const)
      for (const r of table.rows) {
        const visible = new Set(table.columns.filter((_, i) => r.cells[i] !== null).map((c) => c.id))
        const hidden = counted.filter((c) => c.a === r.id && (c.b === null || !visible.has(c.b)))
        expect(hidden.length, r.id).not.toBe(1)
      }
  })
})
