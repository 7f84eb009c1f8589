import { env } from 'cloudflare:workers'
import { answerIds } from '../../model/answer-ids'
import { describe, expect, it } from 'vitest'
import { content } from '../../model'
import { QUIZ_LENGTH } from '../../model/content/timing'
import { startQuestions } from '../../model/adaptive'
import fixture from '../fixtures/result-v0.json'
import { PEOPLE } from '../helpers/people'
import { answersOf, call, postJson, storedCount } from '../helpers/worker'
import { first, select } from '../helpers/html'

const text = async (res: Response) => res.text()

describe('GET /', () => {
  it('says what Role Spectrum is and links to the quiz', async () => {
    const res = await call('/')
    expect(res.status).toBe(200)
    const html = await text(res)
    expect(html).toContain('href="/quiz"')
    expect(html).toContain(`${answerIds(content).length} questions`)
  })

  it('says how long the quiz takes and what the median measures, the count of test profiles with a thousands separator', async () => {
    const html = await text(await call('/'))
    const people = QUIZ_LENGTH.people.toLocaleString('en-GB')
    expect(people).toMatch(/^\d{1,3}(,\d{3})*$/)
    expect(html).toContain(`About ${QUIZ_LENGTH.medianMinutes} minutes (median of ${people} test profiles:`)
  })
})

describe('GET /quiz', () => {
  it('server-renders the first question with its five options and the quiz data for hydration', async () => {
    const html = await text(await call('/quiz'))
    const first = content.questions[startQuestions(content)[0]!]!
    expect(html).toContain(`tabindex="-1">${first.prompt}</h1>`)
    expect(html.match(/type="radio"/g)).toHaveLength(5)
    expect(html).toContain('id="page-data"')
    expect(html).toMatch(/<script type="module" src="\/assets\/quiz-[A-Z0-9]+\.js">/)
    expect(html).toMatch(/Question 1 · about \d+ more/)
  })
})

describe('the quiz without JavaScript (/quiz/all)', () => {
  it('shows every question as a plain form', async () => {
    const html = await text(await call('/quiz/all'))
    expect(html.match(/type="radio"/g)).toHaveLength(answerIds(content).length * 5)
  })

  it('says how many questions and minutes it takes, and numbers the questions in the order shown', async () => {
    const html = await text(await call('/quiz/all'))
    const total = answerIds(content).length
    expect(html).toContain(`All ${total} questions, about ${QUIZ_LENGTH.fullMinutes} minutes.`)
    const numbers = (await select(html, 'legend.prompt .q-number')).map((n) => n.text.trim())
    expect(numbers).toEqual(Array.from({ length: total }, (_, i) => `${i + 1}.`))
  })

  it('names a missing answer by the number it has on the page', async () => {
    // The first question every path asks: without it, the set is neither whole nor a finished path.
    const first = content.questions[startQuestions(content)[0]!]!.id
    const shown = content.areas.flatMap((a) => content.questions.filter((q) => q.area === a.id))
    const n = shown.findIndex((q) => q.id === first) + 1
    const answers = answersOf(2)
    delete answers[first]
    const form = new URLSearchParams(Object.entries(answers).map(([k, v]) => [k, String(v)]))
    const res = await call('/quiz/all', { method: 'POST', body: form, redirect: 'manual' })
    expect(res.status).toBe(400)
    const html = await text(res)
    expect(html).toContain(`href="#q-${first}"`)
    expect(html).toContain(`question ${n}<`)
    expect(html).toContain(`<span class="q-number">${n}. </span>`)
  })

  it('stores a complete form and shows the result link and the private delete link once', async () => {
    const form = new URLSearchParams(Object.entries(answersOf(2)).map(([k, v]) => [k, String(v)]))
    form.set('name', ' Ada ')
    const res = await call('/quiz/all', { method: 'POST', body: form, redirect: 'manual' })
    expect(res.status).toBe(303)
    const location = res.headers.get('location')!
    const [, id, token] = location.match(/^\/r\/([A-Za-z0-9_-]{22})\/saved\?token=([A-Za-z0-9_-]{22})$/)!
    const saved = await call(location)
    expect(saved.status).toBe(200)
    expect(saved.headers.get('referrer-policy')).toBe('no-referrer')
    const html = await text(saved)
    expect(html).toContain(`href="/r/${id}"`)
    expect(html).toContain(`/r/${id}/delete?token=${token}`)
    expect(await text(await call(`/r/${id}`))).toContain('Ada’s result')
  })

  it('refuses the saved page without the right token', async () => {
    const form = new URLSearchParams(Object.entries(answersOf(2)).map(([k, v]) => [k, String(v)]))
    const location = (await call('/quiz/all', { method: 'POST', body: form, redirect: 'manual' })).headers.get('location')!
    const id = location.split('/')[2]
    expect((await call(`/r/${id}/saved`)).status).toBe(403)
    expect((await call(`/r/${id}/saved?token=AAAAAAAAAAAAAAAAAAAAAA`)).status).toBe(403)
  })

  it('marks unanswered questions and stores nothing', async () => {
    const before = await storedCount()
    const form = new URLSearchParams([['stats-math', '3']])
    const res = await call('/quiz/all', { method: 'POST', body: form })
    expect(res.status).toBe(400)
    expect(await text(res)).toContain(`${content.questions.length - 1} answers need`)
    expect(await storedCount()).toBe(before)
  })
})

describe('GET /r/{id}', () => {
  const create = async (answers: Record<string, number>) =>
    ((await (await postJson('/api/results', { answers })).json()) as any).id as string

  it('renders the whole result without JavaScript', async () => {
    const id = await create(PEOPLE.ds)
    const res = await call(`/r/${id}`)
    expect(res.status).toBe(200)
    const html = await text(res)
    expect((await first(html, 'h1')).text).toBe('Data scientist · mid-level')
    expect((await first(html, 'h1 .hero-seniority')).text).toBe('· mid-level')
    expect(html).toContain('Clear placement')
    expect(html).toContain('Core skills')
    expect(await select(html, 'svg.spectrum-svg')).toHaveLength(1)
    for (const area of content.areas) expect(html).toContain(area.name.replace('&', '&amp;'))
    expect(html).toContain('Why it fits')
    expect(html).toContain('Biggest gaps')
    expect(html).toContain('Profile shape')
    expect(html).toContain('Teams that suit this profile')
    expect(html).toContain('Growth path')
    expect(html).toContain(`value="http://example.com/r/${id}"`)
    expect(html).toContain('Copy link')
    expect(html).toContain(`<link rel="canonical" href="http://example.com/r/${id}">`)
  })

  it('shows the growth path for the target chosen in the query', async () => {
    const id = await create(PEOPLE.ds)
    const html = await text(await call(`/r/${id}?target=mlops-engineer`))
    const panels = await select(html, 'section.growth-panel')
    expect(panels.length).toBeGreaterThan(1)
    expect(panels.filter((p) => !('hidden' in p.attrs)).map((p) => p.attrs['data-growth'])).toEqual(['mlops-engineer'])
  })

  it('answers a friendly 404 page for an unknown or malformed id', async () => {
    for (const id of ['AAAAAAAAAAAAAAAAAAAAAA', 'nope']) {
      const res = await call(`/r/${id}`)
      expect(res.status).toBe(404)
      const html = await text(res)
      expect(html).toContain('There is nothing here')
      expect(html).toContain('href="/quiz"')
    }
  })

  it('still renders a result stored by an earlier quiz version, unchanged', async () => {
    await env.RESULTS.put(`v1:result:${fixture.id}`, JSON.stringify(fixture))
    const html = await text(await call(`/r/${fixture.id}`))
    expect(html).toContain('Closest fit: a machine learning engineer')
    expect(html).toContain(fixture.result.roles[0]!.summary)
    expect(html).toContain(fixture.result.spectrum.label)
    const api = (await (await call(`/api/results/${fixture.id}`)).json()) as any
    expect(api.result).toEqual(fixture.result)
    expect(api.result.quizVersion).toBe(0)
    expect(content.version).toBeGreaterThan(0)
  })
})

describe('pages that do not exist', () => {
  it('answer the friendly 404 page', async () => {
    const res = await call('/nowhere')
    expect(res.status).toBe(404)
    expect(await text(res)).toContain('There is nothing here')
  })
})

describe('conditional requests', () => {
  it('answer 304 to a result page or result JSON the client already has, and 404 once deleted', async () => {
    const res = await postJson('/api/results', { answers: answersOf(2) })
    const { id, deleteUrl } = (await res.json()) as { id: string; deleteUrl: string }
    for (const path of [`/r/${id}`, `/api/results/${id}`]) {
      const first = await call(path)
      const etag = first.headers.get('etag')!
      expect(etag).toMatch(/^".+"$/)
      expect(first.headers.get('cache-control')).toContain('must-revalidate')
      expect((await call(path, { headers: { 'if-none-match': etag } })).status).toBe(304)
    }
    const etag = (await call(`/r/${id}`)).headers.get('etag')!
    expect((await call(`/r/${id}?target=data-scientist`, { headers: { 'if-none-match': etag } })).status).toBe(200)
    const token = new URL(deleteUrl, 'http://x').searchParams.get('token')
    await call(`/api/results/${id}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } })
    expect((await call(`/r/${id}`, { headers: { 'if-none-match': etag } })).status).toBe(404)
  })
})
