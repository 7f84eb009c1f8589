import { env } from 'cloudflare:workers'
import { answerIds } from '../../model/answer-ids'
import { describe, expect, it } from 'vitest'
import { assess, content } from '../../model'
import { nextStep, startQuestions } from '../../model/adaptive'
import { PEOPLE } from '../helpers/people'
import { answersOf, call, postJson, randomIp, storedCount } from '../helpers/worker'

describe('GET /api/quiz', () => {
  it('lists the five areas with their ids', async () => {
    const res = await call('/api/quiz')
    expect(res.status).toBe(200)
    const quiz = (await res.json()) as any
    expect(quiz.version).toBe(content.version)
    expect(quiz.areas.map((a: any) => a.id)).toEqual(['stats', 'ml', 'swe', 'infra', 'comm'])
  })

  it('names the licence of the quiz content and of the code', async () => {
    const quiz = (await (await call('/api/quiz')).json()) as any
    expect(quiz.license).toMatchObject({ content: 'CC-BY-4.0', code: 'MIT' })
    expect(quiz.license.contentUrl).toMatch(/^https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/$/)
  })

  it('gives every question an area and exactly five options valued 0..4, and a hint where it has one', async () => {
    const quiz = (await (await call('/api/quiz')).json()) as any
    // Every skill question, then the mentoring question, which the quiz shows with communication.
    expect(quiz.questions.map((q: any) => q.id)).toEqual(answerIds(content))
    expect(quiz.questions.at(-1).area).toBe('comm')
    for (const q of quiz.questions) {
      const own = [...content.questions, content.seniorityQuestion].find((x) => x.id === q.id)!
      expect(Object.keys(q).sort()).toEqual(
        own.hint ? ['area', 'hint', 'id', 'options', 'prompt'] : ['area', 'id', 'options', 'prompt'],
      )
      expect(q.options.map((o: any) => o.value)).toEqual([0, 1, 2, 3, 4])
    }
  })
})

describe('POST /api/results', () => {
  it('scores the answers, stores them and answers 201 with id, url and result', async () => {
    const res = await postJson('/api/results', { answers: PEOPLE.ds })
    expect(res.status).toBe(201)
    const body = (await res.json()) as any
    expect(body.id).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(body.url).toBe(`/r/${body.id}`)
    expect(body.result.quizVersion).toBe(content.version)
    expect(Object.keys(body.result.scores)).toEqual(['stats', 'ml', 'swe', 'infra', 'comm'])
    expect(body.result.spectrum.position).toBeGreaterThan(0.5)
    expect(typeof body.result.spectrum.label).toBe('string')
    expect(body.result.roles[0]).toMatchObject({ id: 'data-scientist', name: 'Data scientist' })
    // Every role once, in the model's placement order (model/placement.ts), each with its fit 0..100.
    expect(body.result.roles.map((r: any) => r.id)).toEqual(assess(content, PEOPLE.ds).roles.map((r) => r.id))
    for (const r of body.result.roles) expect(r.fit >= 0 && r.fit <= 100, r.id).toBe(true)
    expect(body.result.roles[0]).toMatchObject({ seniority: expect.any(String), placement: 'spectrum' })
    // An operations-research data scientist: a close call with applied scientist while needs were whole levels, clear since tenths.
    expect(body.result.certainty.kind).toBe('clear')
  })

  it('gives each result a different id', async () => {
    const a = (await (await postJson('/api/results', { answers: answersOf(2) })).json()) as any
    const b = (await (await postJson('/api/results', { answers: answersOf(2) })).json()) as any
    expect(a.id).not.toBe(b.id)
  })

  it('stores the quiz version, the answers, the result and the creation time', async () => {
    const answers = answersOf(3)
    const body = (await (await postJson('/api/results', { answers })).json()) as any
    const stored = (await env.RESULTS.get(`v1:result:${body.id}`, 'json')) as any
    expect(stored).toMatchObject({ id: body.id, quizVersion: content.version, answers, result: body.result })
    expect(Date.parse(stored.createdAt)).not.toBeNaN()
  })

  const rejects = async (body: BodyInit, headers: Record<string, string> = { 'content-type': 'application/json' }) => {
    const before = await storedCount()
    const res = await call('/api/results', { method: 'POST', headers, body })
    expect(await storedCount()).toBe(before)
    return { status: res.status, body: (await res.json()) as { error: string; issues: { path: string; message: string }[] } }
  }

  it('rejects an unknown question id and names it', async () => {
    const { status, body } = await rejects(JSON.stringify({ answers: { ...answersOf(1), 'made-up': 2 } }))
    expect(status).toBe(400)
    expect(body.issues).toEqual([{ path: 'answers.made-up', message: 'unknown question id' }])
  })

  it('rejects answers that stop before the adaptive quiz would, naming the question it asks next', async () => {
    const answers = Object.fromEntries(startQuestions(content).map((i) => [content.questions[i]!.id, 1]))
    const next = nextStep(content, answers).next!
    const { status, body } = await rejects(JSON.stringify({ answers }))
    expect(status).toBe(400)
    expect(body.issues).toHaveLength(1)
    expect(body.issues[0]!.path).toBe(`answers.${next}`)
    expect(body.issues[0]!.message).toMatch(/^missing answer: the quiz asks this next, then about \d+ more/)
  })

  it('accepts the answers of an adaptive path that has reached its stop, and says how many it rests on', async () => {
    const answers: Record<string, number> = {}
    for (let step = nextStep(content, answers); !step.done; step = nextStep(content, answers)) answers[step.next!] = 2
    const res = await call('/api/results', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cf-connecting-ip': randomIp() },
      body: JSON.stringify({ answers }),
    })
    expect(res.status).toBe(201)
    const body = (await res.json()) as { result: { answered: number; subSkills: { asked?: false }[] } }
    expect(body.result.answered).toBe(Object.keys(answers).length)
    expect(body.result.answered).toBeLessThan(content.questions.length)
    expect(body.result.subSkills.some((s) => s.asked === false)).toBe(true)
  })

  it('rejects an answer outside 0..4', async () => {
    const { status, body } = await rejects(JSON.stringify({ answers: { ...answersOf(1), 'swe-services': 5, 'ml-deep': -1 } }))
    expect(status).toBe(400)
    expect(body.issues.map((i) => i.path).sort()).toEqual(['answers.ml-deep', 'answers.swe-services'])
    for (const i of body.issues) expect(i.message).toBe('must be a whole number from 0 to 4')
  })

  it('rejects non-integers and strings where numbers belong', async () => {
    const { status, body } = await rejects(JSON.stringify({ answers: { ...answersOf(1), 'comm-teach': 2.5, 'stats-math': '3' } }))
    expect(status).toBe(400)
    expect(body.issues.map((i) => i.path).sort()).toEqual(['answers.comm-teach', 'answers.stats-math'])
  })

  it('rejects a body that is not JSON', async () => {
    const { status, body } = await rejects('{"answers": ')
    expect(status).toBe(400)
    expect(body.error).toMatch(/not valid JSON/)
    expect(body.issues).toEqual([{ path: '', message: 'not valid JSON' }])
  })

  it('rejects a body without answers, or with unknown fields', async () => {
    expect((await rejects('{}')).body.issues).toEqual([{ path: 'answers', message: 'required' }])
    expect((await rejects('[]')).status).toBe(400)
    const extra = await rejects(JSON.stringify({ answers: answersOf(0), admin: true }))
    expect(extra.body.issues).toEqual([{ path: 'admin', message: 'unknown field' }])
  })

  it('answers 415 to a body that is not declared as JSON', async () => {
    const { status, body } = await rejects(JSON.stringify({ answers: answersOf(0) }), { 'content-type': 'text/plain' })
    expect(status).toBe(415)
    expect(body.error).toMatch(/application\/json/)
  })

  it('answers 413 to a body over 16 KiB', async () => {
    const padding = 'x'.repeat(17 * 1024)
    const { status } = await rejects(JSON.stringify({ answers: answersOf(0), padding }))
    expect(status).toBe(413)
  })
})

describe('GET /api/results/{id}', () => {
  it('returns the same result that creation returned', async () => {
    const created = (await (await postJson('/api/results', { answers: answersOf(2) })).json()) as any
    const res = await call(`/api/results/${created.id}`)
    expect(res.status).toBe(200)
    const read = (await res.json()) as any
    expect(read).toEqual({ id: created.id, createdAt: created.createdAt, result: created.result })
  })

  it('answers 404 JSON for an unknown id and for a malformed one', async () => {
    for (const id of ['AAAAAAAAAAAAAAAAAAAAAA', 'not-an-id', '..%2F..%2Fetc']) {
      const res = await call(`/api/results/${id}`)
      expect(res.status).toBe(404)
      expect(res.headers.get('content-type')).toMatch(/json/)
      expect(((await res.json()) as any).error).toBeTruthy()
    }
  })

  it('reports a stored value that fails validation instead of serving it', async () => {
    await env.RESULTS.put('v1:result:BrokenBrokenBrokenBrok', JSON.stringify({ id: 'BrokenBrokenBrokenBrok', result: {} }))
    const res = await call('/api/results/BrokenBrokenBrokenBrok')
    expect(res.status).toBe(500)
    expect(((await res.json()) as any).error).toMatch(/could not be read/)
  })
})

describe('unknown API routes', () => {
  it('answer 404 JSON', async () => {
    const res = await call('/api/nothing-here')
    expect(res.status).toBe(404)
    expect(((await res.json()) as any).error).toBeTruthy()
  })
})
