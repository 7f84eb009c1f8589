import { env } from 'cloudflare:workers'
import { describe, expect, it, vi } from 'vitest'
import { BUILD_ID } from '../../worker/build-id'
import { answerIds } from '../../model/answer-ids'
import { content } from '../../model'
import { nextStep, startQuestions } from '../../model/adaptive'
import { call, postJson, randomIp, storedCount } from '../helpers/worker'
import { select } from '../helpers/html'
import { typicalPeople } from '../helpers/people'
import { quizPageData } from '../../worker/public-quiz'
import { createTeam, join, teamOf } from '../helpers/teams'

interface Next {
  next: { id: string; prompt: string; options: { value: number; label: string }[]; hint?: string } | null
  answered: number
  done: boolean
  remaining: number
}

const next = async (answers: Record<string, unknown>) => {
  const res = await postJson('/api/quiz/next', { answers })
  return { status: res.status, body: (await res.json()) as Next & { issues: { path: string; message: string }[] } }
}

/** Answers of a whole adaptive path in which every answer is `value`. */
function pathOf(value: number): [string, number][] {
  const answers: Record<string, number> = {}
  const order: [string, number][] = []
  for (let s = nextStep(content, answers); !s.done; s = nextStep(content, answers)) {
    answers[s.next!] = value
    order.push([s.next!, value])
  }
  return order
}

describe('POST /api/quiz/next', () => {
  it('starts with the first question of the fixed start, with its words and five options', async () => {
    const { status, body } = await next({})
    expect(status).toBe(200)
    const first = content.questions[startQuestions(content)[0]!]!
    expect(body.next!.id).toBe(first.id)
    expect(body.next!.prompt).toBe(first.prompt)
    expect(body.next!.options.map((o) => o.value)).toEqual([0, 1, 2, 3, 4])
    expect(body).toMatchObject({ answered: 0, done: false })
    expect(body.remaining).toBeGreaterThanOrEqual(10)
  })

  it('gives the same next question for the same answers in any order', async () => {
    const path = pathOf(3).slice(0, 8)
    const a = await next(Object.fromEntries(path))
    const b = await next(Object.fromEntries([...path].reverse()))
    expect(a.body).toEqual(b.body)
    expect(a.body.answered).toBe(8)
    expect(path.map(([id]) => id)).not.toContain(a.body.next!.id)
  })

  it('answers null and done once the path has stopped', async () => {
    const { body } = await next(Object.fromEntries(pathOf(2)))
    expect(body).toMatchObject({ next: null, done: true, remaining: 0 })
  })

  it('rejects an answer outside 0..4 and an unknown question, naming each, and stores nothing', async () => {
    const before = await storedCount()
    const { status, body } = await next({ [content.questions[0]!.id]: 5, 'no-such-question': 1 })
    expect(status).toBe(400)
    expect(body.issues.map((i) => i.path).sort()).toEqual(
      [`answers.${content.questions[0]!.id}`, 'answers.no-such-question'].sort(),
    )
    expect(await storedCount()).toBe(before)
  })
})

describe('the table the quiz page sends the browser', () => {
  it('picks the same next question as the worker at every step, must-haves included', () => {
    let steps = 0
    for (const p of typicalPeople.slice(0, 25)) {
      const answers: Record<string, number> = {}
      for (;;) {
        const here = nextStep(content, answers)
        const there = nextStep(quizPageData.selection, answers)
        expect([there.next, there.done, there.remaining, there.atMost, there.last], p.id).toEqual([
          here.next,
          here.done,
          here.remaining,
          here.atMost,
          here.last,
        ])
        steps++
        if (here.done || here.next === null) break
        answers[here.next] = p.answers[here.next] ?? 0
      }
    }
    expect(steps).toBeGreaterThan(25 * 10)
  })
})

describe('the quiz without JavaScript, one question per page (/quiz/step)', () => {
  it('shows the first question as a GET form that carries the answers so far', async () => {
    const html = await (await call('/quiz/step')).text()
    const first = content.questions[startQuestions(content)[0]!]!
    expect((await select(html, 'form.quiz'))[0]?.attrs).toMatchObject({ method: 'get', action: '/quiz/step' })
    expect(html).toContain(`>${first.prompt}</h1>`)
    expect(html.match(/type="radio"/g)).toHaveLength(5)
  })

  it('moves on to the question the adaptive quiz picks, and keeps earlier answers in hidden fields', async () => {
    const [[firstId]] = pathOf(1) as [[string, number]]
    const html = await (await call(`/quiz/step?${firstId}=1&q=${firstId}`)).text()
    const second = nextStep(content, { [firstId]: 1 }).next!
    expect(html).toContain(`name="q" value="${second}"`)
    expect(html).toContain(`type="hidden" name="${firstId}" value="1"`)
    expect(html).toContain('Question 2 · about')
  })

  it('goes back to the previous question with its answer still chosen', async () => {
    const path = pathOf(3)
    const [firstId, secondId] = [path[0]![0], path[1]![0]]
    const html = await (await call(`/quiz/step?${firstId}=3&${secondId}=3`)).text()
    const back = (await select(html, 'a.button.secondary'))[0]!.attrs.href!.replaceAll('&amp;', '&')
    expect(back).toBe(`/quiz/step?${firstId}=3&prev=${encodeURIComponent(`${secondId}:3`)}`)
    const previous = await (await call(back)).text()
    expect(previous).toContain(`name="q" value="${secondId}"`)
    expect((await select(previous, 'input[type=radio][checked]'))[0]?.attrs.value).toBe('3')
  })

  it('asks again, with a message, when Next is pressed without a choice', async () => {
    const first = content.questions[startQuestions(content)[0]!]!.id
    const html = await (await call(`/quiz/step?q=${first}`)).text()
    expect(html).toContain('Choose one of the options.')
    expect(html).toContain(`name="q" value="${first}"`)
  })

  it('refuses an answer outside 0..4 with 400', async () => {
    const res = await call(`/quiz/step?${content.questions[0]!.id}=7`)
    expect(res.status).toBe(400)
  })

  it('ends with the last step, whose form stores the result', async () => {
    const path = pathOf(2)
    const query = path.map(([id, v]) => `${id}=${v}`).join('&')
    const html = await (await call(`/quiz/step?${query}`)).text()
    expect(html).toContain('action="/quiz/all"')
    expect(html).toContain(`${path.length} answered: enough to place you`)
    const res = await call('/quiz/all', {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'http://example.com',
        'cf-connecting-ip': randomIp(),
      },
      body: new URLSearchParams(path.map(([id, v]) => [id, String(v)])).toString(),
      redirect: 'manual',
    })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toMatch(/^\/r\/[A-Za-z0-9_-]{22}\/saved\?token=/)
  })
})

describe('sharpening a result of the adaptive quiz', () => {
  const form = (id: string, fields: [string, string][]) =>
    call(`/r/${id}/sharpen`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://example.com' },
      body: new URLSearchParams(fields).toString(),
      redirect: 'manual',
    })

  async function adaptiveResult() {
    const res = await postJson('/api/results', { answers: Object.fromEntries(pathOf(2)) })
    expect(res.status).toBe(201)
    const body = (await res.json()) as { id: string; deleteUrl: string; result: { answered: number } }
    return { id: body.id, token: new URL(body.deleteUrl, 'http://x').searchParams.get('token')!, answered: body.result.answered }
  }

  it('shows its owner only the questions the path did not ask', async () => {
    const { id, token, answered } = await adaptiveResult()
    const res = await call(`/r/${id}/sharpen?token=${token}`)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html.match(/type="radio"/g)).toHaveLength((answerIds(content).length - answered) * 5)
    // Numbered 1 to n, n the count the lead names.
    const left = answerIds(content).length - answered
    expect(html).toContain(`Answer the other ${left} and`)
    expect((await select(html, 'legend.prompt .q-number')).map((n) => n.text.trim())).toEqual(
      Array.from({ length: left }, (_, i) => `${i + 1}.`),
    )
    expect((await call(`/r/${id}/sharpen?token=${'x'.repeat(token.length)}`)).status).toBe(403)
  })

  it('scores the same result again on every answer, under the same id', async () => {
    const { id, token } = await adaptiveResult()
    const given = new Set(pathOf(2).map(([q]) => q))
    const rest = answerIds(content)
      .filter((q) => !given.has(q))
      .map((q): [string, string] => [q, '3'])
    const missingOne = await form(id, [['token', token], ...rest.slice(1)])
    expect(missingOne.status).toBe(400)
    // The notice names the unanswered question and links to it.
    const skipped = content.questions.find((q) => q.id === rest[0]![0])!
    const page = await missingOne.text()
    const [notice] = await select(page, '.notice.error')
    expect(notice!.text).toBe(`One answer needs your attention: ${skipped.prompt}`)
    const [link] = await select(page, '.notice.error a')
    expect(link!.attrs.href).toBe(`#q-${skipped.id}`)
    expect((await (await call(`/api/results/${id}`)).json()) as { result: { answered: number } }).toMatchObject({
      result: { answered: given.size },
    })
    const res = await form(id, [['token', token], ...rest])
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(`/r/${id}`)
    const after = (await (await call(`/api/results/${id}`)).json()) as {
      id: string
      result: { answered: number; subSkills: { asked?: false }[] }
    }
    expect(after.id).toBe(id)
    expect(after.result.answered).toBe(answerIds(content).length)
    expect(after.result.subSkills.every((s) => s.asked === undefined)).toBe(true)
  })

  it('links the new card under a new address once sharpened, so no browser or preview shows the old one', async () => {
    const { id, token } = await adaptiveResult()
    const cardOf = async () => {
      const html = await (await call(`/r/${id}`)).text()
      const [og] = await select(html, 'meta[property="og:image"]')
      const [download] = await select(html, 'a[download]')
      expect(download!.attrs.href).toBe(og!.attrs.content)
      return og!.attrs.content!
    }
    const before = await cardOf()
    expect(before).toBe(`http://example.com/r/${id}/image.png`)
    // A comparison with it shows its card too: its address changes with it.
    const other = (await adaptiveResult()).id
    const compareCard = async () => {
      const [og] = await select(await (await call(`/compare/${id}/${other}`)).text(), 'meta[property="og:image"]')
      return og!.attrs.content!
    }
    expect(await compareCard()).toBe(`http://example.com/compare/${id}/${other}/image.png`)
    const given = new Set(pathOf(2).map(([q]) => q))
    const rest = answerIds(content)
      .filter((q) => !given.has(q))
      .map((q): [string, string] => [q, '3'])
    expect((await form(id, [['token', token], ...rest])).status).toBe(303)
    const after = await cardOf()
    expect(after).toMatch(new RegExp(`^http://example\\.com/r/${id}/image\\.png\\?v=[0-9a-z]+$`))
    const pair = await compareCard()
    expect(pair).toMatch(new RegExp(`^http://example\\.com/compare/${id}/${other}/image\\.png\\?v=[0-9a-z]+\\.0$`))
    expect((await call(pair.replace('http://example.com', ''))).status).toBe(200)
    const png = await call(after.replace('http://example.com', ''))
    expect(png.status).toBe(200)
    expect(png.headers.get('content-type')).toBe('image/png')
    // oEmbed's smaller card keeps both the new address and its size.
    const oembed = await call(`/oembed?url=${encodeURIComponent(`http://example.com/r/${id}`)}&maxwidth=700`)
    expect(((await oembed.json()) as { thumbnail_url: string }).thumbnail_url).toBe(`${after}&w=600`)
    expect((await call(`${after.replace('http://example.com', '')}&w=600`)).status).toBe(200)
  })

  it('never serves the card of before a sharpen under the new address, even where one is still kept', async () => {
    const { id, token } = await adaptiveResult()
    const old = new Uint8Array(await (await call(`/r/${id}/image.png`)).arrayBuffer())
    const given = new Set(pathOf(2).map(([q]) => q))
    const rest = answerIds(content)
      .filter((q) => !given.has(q))
      .map((q): [string, string] => [q, '4'])
    expect((await form(id, [['token', token], ...rest])).status).toBe(303)
    // As a location that still read the record from before the sharpen would have kept it.
    await env.RESULTS.put(`v1:image:${id}`, old, { metadata: { public: false, build: BUILD_ID } })
    const [og] = await select(await (await call(`/r/${id}`)).text(), 'meta[property="og:image"]')
    const fresh = new Uint8Array(await (await call(og!.attrs.content!.replace('http://example.com', ''))).arrayBuffer())
    expect(Buffer.from(fresh).equals(Buffer.from(old))).toBe(false)
    // Once drawn, the new card is the one kept (written after the response): the plain address,
    // which older pages link, gets it too.
    await vi.waitFor(async () => {
      const plain = new Uint8Array(await (await call(`/r/${id}/image.png`)).arrayBuffer())
      expect(Buffer.from(plain).equals(Buffer.from(fresh))).toBe(true)
    })
  })

  it('brings the teams the result is on up to date: every skill counts once answered', async () => {
    const { id, token } = await adaptiveResult()
    const team = await createTeam()
    expect((await join(team.id, { id, token }, 'Dana')).status).toBe(201)
    const before = (await teamOf(team.id)).members[0]
    expect(before.notAsked).toBeGreaterThan(0)
    const given = new Set(pathOf(2).map(([q]) => q))
    const rest = content.questions.filter((q) => !given.has(q.id)).map((q): [string, string] => [q.id, '3'])
    expect((await form(id, [['token', token], ...rest])).status).toBe(303)
    const after = (await teamOf(team.id)).members[0]
    expect(after).toMatchObject({ memberId: before.memberId, name: 'Dana', resultId: id })
    expect(after.notAsked).toBeUndefined()
  })

  it('refuses the form without the private token and changes nothing', async () => {
    const { id, answered } = await adaptiveResult()
    const res = await form(id, [['token', 'A'.repeat(43)]])
    expect(res.status).toBe(403)
    expect(((await (await call(`/api/results/${id}`)).json()) as { result: { answered: number } }).result.answered).toBe(answered)
  })
})
