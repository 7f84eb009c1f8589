import { describe, expect, it } from 'vitest'
import { content } from '../../model'
import { createTeam } from '../helpers/teams'
import { answersOf, call, postJson } from '../helpers/worker'

const first = content.questions[0]!.id

/** The API's issues for a body, as { path: message }. */
async function issuesOf(res: Promise<Response>): Promise<Record<string, string>> {
  const r = await res
  expect(r.status).toBe(400)
  const body = (await r.json()) as { issues: { path: string; message: string }[] }
  return Object.fromEntries(body.issues.map((i) => [i.path, i.message]))
}

describe('error messages say what is wrong', () => {
  it('tell a wrong answer from a missing one', async () => {
    const answers: Record<string, unknown> = answersOf(2)
    for (const wrong of [2.5, '2', 5, -1, null, true, 1e300]) {
      const issues = await issuesOf(postJson('/api/results', { answers: { ...answers, [first]: wrong } }))
      expect(issues, String(wrong)).toEqual({ [`answers.${first}`]: 'must be a whole number from 0 to 4' })
    }
    const few = await issuesOf(postJson('/api/results', { answers: { [first]: 2 } }))
    expect(Object.values(few)).toHaveLength(1)
    expect(Object.values(few)[0]).toMatch(/^missing answer/)
  })

  it('name the expected type of a field that is there but wrong, and "required" only for one that is missing', async () => {
    const answers = answersOf(2)
    expect(await issuesOf(postJson('/api/results', { answers, public: 'yes' }))).toEqual({ public: 'must be true or false' })
    expect(await issuesOf(postJson('/api/results', { answers, public: null }))).toEqual({ public: 'must be true or false' })
    expect(await issuesOf(postJson('/api/results', { answers, name: 5 }))).toEqual({ name: 'must be a string' })
    expect(await issuesOf(postJson('/api/results', { answers: [] }))).toEqual({ answers: 'must be an object' })
    expect(await issuesOf(postJson('/api/results', { answers: 'all twos' }))).toEqual({ answers: 'must be an object' })
    expect(await issuesOf(postJson('/api/results', [answers]))).toEqual({ '': 'must be an object' })
    expect(await issuesOf(postJson('/api/results', {}))).toEqual({ answers: 'required' })
    expect(await issuesOf(postJson('/api/teams', { name: 'Search', setting: 7 }))).toMatchObject({
      setting: expect.stringMatching(/^must be one of /),
    })
    expect(await issuesOf(postJson('/api/teams', { setting: 'low-batch' }))).toEqual({ name: 'required' })
    const team = await createTeam()
    expect(await issuesOf(postJson(`/api/teams/${team.id}/members`, { resultId: 12, name: 'Dana' }))).toMatchObject({
      resultId: 'must be a string',
    })
  })

  it('speak of the answers in the error line only when the answers are what is wrong', async () => {
    const line = async (body: unknown) => ((await (await postJson('/api/results', body)).json()) as { error: string }).error
    const answers = answersOf(2)
    expect(await line({ answers: { ...answers, [first]: 9 } })).toBe('Some answers are missing or invalid.')
    expect(await line({ answers, public: 'yes', name: 7 })).toBe('Some fields are missing or invalid.')
    expect(await line({ answers: { ...answers, [first]: 9 }, public: 'yes' })).toBe('Some fields are missing or invalid.')
  })

  it('say what is wrong with the oEmbed size options', async () => {
    const url = encodeURIComponent('http://example.com/quiz')
    expect(await issuesOf(call(`/oembed?url=${url}&maxwidth=1.5`))).toEqual({ maxwidth: 'must be a whole number' })
    expect(await issuesOf(call(`/oembed?url=${url}&maxheight=wide`))).toEqual({ maxheight: 'must be a number' })
    expect(await issuesOf(call(`/oembed?url=${url}&maxwidth=0`))).toEqual({ maxwidth: 'must be at least 1' })
    expect(await issuesOf(call(`/oembed?url=${url}&maxwidth=20000`))).toEqual({ maxwidth: 'must be at most 10000' })
    expect(await issuesOf(call('/oembed?format=json'))).toEqual({ url: 'required' })
    expect((await call(`/oembed?url=${url}&maxwidth=300`)).status).toBe(200)
  })
})
