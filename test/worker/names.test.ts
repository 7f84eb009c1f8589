import { env } from 'cloudflare:workers'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createTeam, join, teamOf } from '../helpers/teams'
import { answersOf, call, postJson, storedCount } from '../helpers/worker'

interface ApiError {
  error: string
  issues: { path: string; message: string }[]
}

const created = async (name?: string) => {
  const res = await postJson('/api/results', { answers: answersOf(2), ...(name === undefined ? {} : { name }) })
  expect(res.status).toBe(201)
  return (await res.json()) as { id: string }
}

/** Names that must be refused, and what the answer must say about each. */
const badNames: [what: string, name: string, says: RegExp][] = [
  ['a lone UTF-16 surrogate', '\ud800x', /broken character/],
  ['a lone low surrogate at the end', 'Ada\udc00', /broken character/],
  ['the replacement character left by undecodable bytes', 'Ad\ufffda', /broken character/],
  ['a line separator', 'Ada\u2028Lovelace', /one line/],
  ['a paragraph separator', 'Ada\u2029Lovelace', /one line/],
  ['the Hangul filler U+3164 alone', '\u3164', /invisible filler characters \(it contains U\+3164\)/],
  ['the Hangul choseong filler U+115F', 'A\u115Fda', /invisible filler characters \(it contains U\+115F\)/],
  ['the blank Braille pattern U+2800', '\u2800\u2800', /invisible filler characters \(it contains U\+2800\)/],
  ['a lone variation selector U+FE0F', '\ufe0f', /at least one visible character/],
  ['a lone variation selector U+E0100', '\u{e0100}', /at least one visible character/],
  ['the Mongolian free variation selector U+180B', '\u180b', /at least one visible character/],
  ['a bare combining mark', '\u0301', /at least one visible character/],
  ['combining marks between spaces', '\u0301 \u0302', /at least one visible character/],
  ['a stack of combining marks', `Z${'\u0336\u0353\u0300\u0301\u0316'.repeat(3)}algo`, /stack more than 4 accents/],
]

/** Characters of names: any code point, often one of the troublesome ones (which 'binary' alone never gives for surrogates). */
const nameUnit = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 4 },
  {
    arbitrary: fc.constantFrom(
      '\ud800',
      '\udbff',
      '\udc00',
      '\udfff',
      '\u2028',
      '\u2029',
      '\u3164',
      '\u115f',
      '\u2800',
      '\u0301',
      '\ufffd',
      ' ',
    ),
    weight: 1,
  },
)

describe('display names on results', () => {
  it.each(badNames)('refuses a name with %s, says what is wrong, and stores nothing', async (_what, name, says) => {
    const before = await storedCount()
    const res = await postJson('/api/results', { answers: answersOf(2), name })
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toMatch(/application\/json/)
    const body = (await res.json()) as ApiError
    expect(body.issues).toEqual([{ path: 'name', message: expect.stringMatching(says) }])
    expect(body.error).toMatch(/^The name /)
    expect(body.error).toMatch(says)
    expect(await storedCount()).toBe(before)
  })

  it('stores a name typed as letters plus combining marks in composed form (NFC), counting its length after composing', async () => {
    const decomposed = 'Ngọc Ánh'.normalize('NFD')
    expect(decomposed.length).toBeGreaterThan(8)
    const { id } = await created(decomposed)
    expect(((await (await call(`/api/results/${id}`)).json()) as { name: string }).name).toBe('Ngọc Ánh'.normalize('NFC'))
    // 40 letters é, each typed as e + U+0301: 80 UTF-16 units before composing, 40 after.
    const long = 'e\u0301'.repeat(40)
    const res = await postJson('/api/results', { answers: answersOf(2), name: long })
    expect(res.status).toBe(201)
  })

  it('accepts names in scripts that use a few marks on one letter', async () => {
    for (const name of ['Ngọc Ánh', 'अनुष्का शर्मा', 'שָׁלוֹם כֹּהֵן', 'ณัฐพงษ์', 'Żaneta Łukasz', '李雷', 'Ma\u0300\u0301\u0302\u0303'])
      expect((await postJson('/api/results', { answers: answersOf(2), name })).status, name).toBe(201)
  })

  it('refuses a bad name sent through the plain quiz form, with a message on the page and nothing stored', async () => {
    for (const [encoded, says] of [
      ['Ada%E2%80%A8Lovelace', 'must be on one line'],
      ['Ad%FFa', 'contains a broken character'],
      ['%E3%85%A4', 'must not contain invisible filler characters'],
    ] as const) {
      const before = await storedCount()
      const form = `${new URLSearchParams(Object.entries(answersOf(2)).map(([k, v]) => [k, String(v)]))}&name=${encoded}`
      const res = await call('/quiz/all', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form,
        redirect: 'manual',
      })
      expect(res.status, encoded).toBe(400)
      expect(await res.text(), encoded).toContain(`The name ${says}`)
      expect(await storedCount()).toBe(before)
    }
  })

  it('never answers 500 for any name, and every stored name leaves a working page', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: nameUnit, maxLength: 45 }), async (name) => {
        const res = await postJson('/api/results', { answers: answersOf(1), name })
        expect(res.status, JSON.stringify(name)).toBeLessThan(500)
        if (res.status !== 201) return
        const { id } = (await res.json()) as { id: string }
        expect((await call(`/r/${id}`)).status, JSON.stringify(name)).toBe(200)
      }),
      { numRuns: 120 },
    )
  }, 30_000)
})

describe('team and member names', () => {
  it.each(badNames)('refuses a team name with %s, naming the field', async (_what, name, says) => {
    const res = await postJson('/api/teams', { name, setting: 'low-batch' })
    expect(res.status).toBe(400)
    const body = (await res.json()) as ApiError
    expect(body.issues).toEqual([{ path: 'name', message: expect.stringMatching(says) }])
    expect(body.error).toMatch(/^The team name /)
  })

  it('refuses a member name with any of these problems and leaves the team unchanged', async () => {
    const team = await createTeam()
    const { id: resultId } = await created()
    for (const [what, name, says] of badNames) {
      const res = await join(team.id, resultId, name)
      expect(res.status, what).toBe(400)
      const body = (await res.json()) as ApiError
      expect(body.issues, what).toContainEqual({ path: 'name', message: expect.stringMatching(says) })
    }
    expect((await teamOf(team.id)).members).toEqual([])
  })
})

describe('results stored before these rules', () => {
  /** Copies a stored result under a new id with another name, as an older version could have written it. */
  async function storedWithName(name: string): Promise<string> {
    const { id } = await created('Placeholder')
    const record = (await env.RESULTS.get(`v1:result:${id}`, 'json')) as Record<string, unknown>
    const oldId = `${id.slice(0, 16)}Legacy`
    await env.RESULTS.put(`v1:result:${oldId}`, JSON.stringify({ ...record, id: oldId, name }))
    return oldId
  }

  it('keeps a result whose stored name has a lone surrogate working everywhere, shown without the name', async () => {
    const id = await storedWithName('\ud800x')
    const page = await call(`/r/${id}`)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).not.toContain('\ufffdx')
    expect(html).not.toContain('x’s result')
    const json = await call(`/api/results/${id}`)
    expect(json.status).toBe(200)
    expect(((await json.json()) as { name?: string }).name).toBeUndefined()
    expect((await call(`/embed/r/${id}`)).status).toBe(200)
    expect((await call(`/oembed?url=${encodeURIComponent(`http://example.com/r/${id}`)}`)).status).toBe(200)
    const image = await call(`/r/${id}/image.png`)
    expect(image.status).toBe(200)
    expect(image.headers.get('content-type')).toBe('image/png')
  })

  it('shows an older stored name that passes the rules, composed to NFC', async () => {
    const id = await storedWithName('  Ngo\u0323c ')
    expect(((await (await call(`/api/results/${id}`)).json()) as { name?: string }).name).toBe('Ngọc'.normalize('NFC'))
  })
})
