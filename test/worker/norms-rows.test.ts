import { createExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { beforeEach, describe, expect, it } from 'vitest'
import { scoringContent as content } from '../../model/content/scoring'
import worker from '../../worker/index'
import { randomId } from '../../contract/random-id'
import { clearNorms, failingD1, hangingD1, postJsonTo, run, takerRows } from '../helpers/norms'
import { PEOPLE } from '../helpers/people'
import { answersOf, randomIp, storedCount } from '../helpers/worker'

beforeEach(clearNorms)

const COLUMNS = [
  'id',
  'quiz_version',
  'day',
  'stats',
  'ml',
  'swe',
  'infra',
  'comm',
  'position',
  'top_role',
  'seniority',
  'source',
  'current_role',
  'years',
]

/** A source made through the API, as a widget owner makes one: its tag. */
async function newSource(): Promise<string> {
  const res = await postJsonTo('/api/sources', { name: 'Course' })
  expect(res.status).toBe(201)
  return ((await res.json()) as { source: string }).source
}

describe('the anonymous row of a stored result', () => {
  it('holds exactly its number, the version, scores, position, top role, seniority, source, calibration and day', async () => {
    const ip = randomIp()
    const tag = await newSource()
    const res = await run('/api/results', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cf-connecting-ip': ip },
      body: JSON.stringify({
        answers: PEOPLE.mle,
        name: 'Ada Lovelace',
        public: true,
        source: tag,
        calibration: { currentRole: 'data-engineer', years: '3-5' },
      }),
    })
    expect(res.status).toBe(201)
    const created = (await res.json()) as any
    const rows = await takerRows()
    expect(rows).toHaveLength(1)
    const row = rows[0]!
    expect(Object.keys(row).sort()).toEqual([...COLUMNS].sort())
    const { scores, spectrum, roles } = created.result
    expect(row).toEqual({
      id: expect.any(Number),
      quiz_version: content.version,
      day: created.createdAt.slice(0, 10),
      ...scores,
      position: Math.round(spectrum.position * 100),
      top_role: roles[0].id,
      seniority: roles[0].seniority,
      source: tag,
      current_role: 'data-engineer',
      years: '3-5',
    })
    // Nothing that leads back to the person or the result.
    const token = new URL(created.deleteUrl, 'http://x').searchParams.get('token')!
    const text = JSON.stringify(row)
    for (const secret of [created.id, token, ip, 'Ada', created.createdAt]) expect(text).not.toContain(secret)
  })

  it('keeps the source only when it is a tag POST /api/sources made, never free text a host wrote or a made-up tag', async () => {
    const tag = await newSource()
    for (const source of ['ada@example.com', 'bootcamp-2026', randomId(), tag]) {
      expect((await postJsonTo('/api/results', { answers: answersOf(2), source })).status).toBe(201)
    }
    expect((await takerRows()).map((r) => r.source)).toEqual([null, null, null, tag])
  })

  it('is written for the one-page form too, with its optional answers', async () => {
    const fields = [...Object.entries(answersOf(2)).map(([id, v]) => [id, String(v)]), ['currentRole', 'student'], ['years', '']]
    const res = await run('/quiz/all', {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'http://example.com',
        'cf-connecting-ip': randomIp(),
      },
      body: new URLSearchParams(fields).toString(),
      redirect: 'manual',
    })
    expect(res.status).toBe(303)
    const rows = await takerRows()
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ stats: 50, current_role: 'student', years: null, source: null })
  })

  it('is not written for a rejected request', async () => {
    const res = await postJsonTo('/api/results', { answers: { ...answersOf(2), 'stats-experiments': 9 } })
    expect(res.status).toBe(400)
    expect(await takerRows()).toHaveLength(0)
  })
})

describe('creation when D1 fails', () => {
  it('still answers 201 and stores the result when the table is missing', async () => {
    await env.NORMS.prepare('ALTER TABLE takers RENAME TO takers_away').run()
    try {
      const before = await storedCount()
      const res = await postJsonTo('/api/results', { answers: PEOPLE.ds, calibration: { years: '1-2' } })
      expect(res.status).toBe(201)
      const { id } = (await res.json()) as any
      expect(await storedCount()).toBe(before + 1)
      expect((await run(`/api/results/${id}`)).status).toBe(200)
    } finally {
      await env.NORMS.prepare('ALTER TABLE takers_away RENAME TO takers').run()
    }
  })

  it('still answers 201 when every D1 query fails', async () => {
    const res = await postJsonTo('/api/results', { answers: PEOPLE.ds }, { ...env, NORMS: failingD1 })
    expect(res.status).toBe(201)
  })

  it('answers without waiting for a D1 write that never finishes', async () => {
    const ctx = createExecutionContext()
    const request = new Request('http://example.com/api/results', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cf-connecting-ip': randomIp() },
      body: JSON.stringify({ answers: PEOPLE.ds }),
    })
    // The response must come although the row's write hangs (it is left pending in ctx).
    const res = await Promise.race([
      worker.fetch(request, { ...env, NORMS: hangingD1 }, ctx),
      new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 5000)),
    ])
    expect(res).not.toBe('hung')
    expect((res as Response).status).toBe(201)
  })
})

describe('the calibration answers', () => {
  it('are accepted with any role id of the quiz, "other" or "student", and any years band', async () => {
    const quiz = (await (await run('/api/quiz')).json()) as any
    const roleIds = quiz.calibration.currentRole.map((r: any) => r.id)
    expect(roleIds).toEqual([...content.roles.map((r) => r.id), 'other', 'student'])
    const bands = quiz.calibration.years.map((b: any) => b.id)
    expect(bands).toEqual(['under-1', '1-2', '3-5', '6-10', 'over-10'])
    for (const [currentRole, years] of [
      ['other', 'under-1'],
      ['research-scientist', 'over-10'],
    ] as const) {
      const res = await postJsonTo('/api/results', { answers: answersOf(1), calibration: { currentRole, years } })
      expect(res.status).toBe(201)
    }
    // Either answer alone, or an empty object.
    expect((await postJsonTo('/api/results', { answers: answersOf(1), calibration: { years: '6-10' } })).status).toBe(201)
    expect((await postJsonTo('/api/results', { answers: answersOf(1), calibration: {} })).status).toBe(201)
    expect((await takerRows()).map((r) => [r.current_role, r.years])).toEqual([
      ['other', 'under-1'],
      ['research-scientist', 'over-10'],
      [null, '6-10'],
      [null, null],
    ])
  })

  it('are refused with a 400 naming each bad field, and nothing is stored', async () => {
    const before = await storedCount()
    const cases: [unknown, { path: string; message: string }[]][] = [
      [{ currentRole: 'wizard' }, [{ path: 'calibration.currentRole', message: expect.stringContaining('role id') }]],
      [{ years: '2-3' }, [{ path: 'calibration.years', message: 'must be one of under-1, 1-2, 3-5, 6-10, over-10' }]],
      [{ years: 4 }, [{ path: 'calibration.years', message: expect.stringContaining('must be one of') }]],
      [{ company: 'Acme' }, [{ path: 'calibration.company', message: 'unknown field' }]],
      ['ml-engineer', [{ path: 'calibration', message: 'must be an object' }]],
      [
        { currentRole: '', years: '' },
        [
          { path: 'calibration.currentRole', message: expect.any(String) },
          { path: 'calibration.years', message: expect.any(String) },
        ],
      ],
    ]
    for (const [calibration, issues] of cases) {
      const res = await postJsonTo('/api/results', { answers: answersOf(2), calibration })
      expect(res.status, JSON.stringify(calibration)).toBe(400)
      expect(((await res.json()) as any).issues).toEqual(issues)
    }
    expect(await storedCount()).toBe(before)
    expect(await takerRows()).toHaveLength(0)
  })

  it('are never kept with the result nor given back by the API', async () => {
    const res = await postJsonTo('/api/results', {
      answers: PEOPLE.ds,
      calibration: { currentRole: 'product-owner', years: '6-10' },
    })
    const createdText = await res.text()
    const { id } = JSON.parse(createdText)
    const stored = (await env.RESULTS.get(`v1:result:${id}`))!
    const fetched = await (await run(`/api/results/${id}`)).text()
    for (const text of [createdText, stored, fetched]) {
      expect(text).not.toContain('calibration')
      expect(text).not.toContain('currentRole')
      expect(text).not.toContain('6-10')
    }
    expect(await takerRows()).toMatchObject([{ current_role: 'product-owner', years: '6-10' }])
  })

  it('come back on the one-page form, with a message, when a value is not one of the choices', async () => {
    const fields = [
      ...Object.entries(answersOf(2)).map(([id, v]) => [id, String(v)]),
      ['currentRole', 'wizard'],
      ['years', '3-5'],
    ]
    const res = await run('/quiz/all', {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'http://example.com',
        'cf-connecting-ip': randomIp(),
      },
      body: new URLSearchParams(fields).toString(),
    })
    expect(res.status).toBe(400)
    const html = await res.text()
    expect(html).toContain('href="#current-role"')
    expect(html).toContain('Choose one of the listed options.')
    expect(html).toMatch(/<option[^>]*value="3-5"[^>]*selected/)
    expect(await takerRows()).toHaveLength(0)
  })
})
