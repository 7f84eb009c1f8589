import { Hono } from 'hono/tiny'
import { answerIds } from '../../model/answer-ids'
import { scoringContent as content } from '../../model/content/scoring'
import { QUIZ_LENGTH, quizMinutes } from '../../model/content/timing'
import { anchors } from '../../model/spectrum'
import { readForm } from '../body'
import { createForClient } from '../results/create'
import { missingAnswers } from '../results/enough'
import type { AppEnv } from '../env'
import { loadCardRenderer, loadPages, loadQuiz } from '../lazy-modules'
import type { QuizAllState } from '../quiz-module'
import { renderDocument } from '../render/document'
import { inviteCard } from '../render/invite-card'
import { errorPage } from '../render/error-page'
import { createResultBody } from '../validate'

/** The landing page and the quiz. */
export const pages = new Hono<AppEnv>()

const spectrumAnchors = anchors(content)

const TITLE = 'Role Spectrum: where do you sit among machine learning roles?'
const DESCRIPTION = `A skills self-assessment (${quizMinutes}) that places you on the spectrum of ML roles, with a link to share.`

/** Link-preview tags of the front door (the landing page and the quiz): the invite card and oEmbed. */
const frontDoor = (requestUrl: string, path: '/' | '/quiz') => {
  const origin = new URL(requestUrl).origin
  const url = `${origin}${path}`
  return {
    social: {
      title: TITLE,
      description: DESCRIPTION,
      url,
      ...inviteCard(origin),
    },
    oembed: `${origin}/oembed?url=${encodeURIComponent(url)}&format=json`,
  }
}

pages.get('/', async (c) => {
  const { landingPage } = await loadPages()
  return c.html(
    renderDocument({
      title: TITLE,
      description: DESCRIPTION,
      canonical: new URL('/', c.req.url).href,
      ...frontDoor(c.req.url, '/'),
      scripts: ['landing'],
      body: landingPage({
        questions: answerIds(content).length,
        version: content.version,
        roleCount: content.roles.length,
        length: QUIZ_LENGTH,
        anchors: spectrumAnchors,
        settings: content.settings,
        notice: c.req.query('deleted') === 'team' ? 'The team was deleted.' : undefined,
      }),
    }),
  )
})

pages.get('/quiz', async (c) => {
  const { quizPageData, quizPage } = await loadQuiz()
  // Reached from a team's join link with a key: the key must not travel on as a referrer.
  if (c.req.query('key') !== undefined) c.header('Referrer-Policy', 'no-referrer')
  return c.html(
    renderDocument({
      title: 'The quiz · Role Spectrum',
      description: 'Answer questions about what you have actually done in five areas.',
      ...frontDoor(c.req.url, '/quiz'),
      body: quizPage(),
      scripts: ['quiz'],
      data: quizPageData,
    }),
  )
})

const quizAll = async (state: QuizAllState = {}) => {
  const { quizAllPage } = await loadQuiz()
  return renderDocument({
    title: 'The whole quiz · Role Spectrum',
    description: 'Every question of the Role Spectrum quiz on one page.',
    body: quizAllPage(state),
  })
}

/** The front door's link-preview card, drawn once per location and kept a day. */
pages.get('/card.png', async (c) => {
  const cache = await caches.open('role-spectrum-invite')
  const key = new URL('/card.png', c.req.url).href
  const hit = await cache.match(key)
  if (hit) return new Response(hit.body, hit)
  const { renderInviteCardPng } = await loadCardRenderer()
  const png = await renderInviteCardPng(
    {
      title: 'Where do you sit between software',
      subtitle: 'engineering and data science?',
      facts: `${content.roles.length} ML roles · ${QUIZ_LENGTH.medianQuestions} questions, ${quizMinutes} · free, no sign-up`,
    },
    spectrumAnchors,
  )
  const res = new Response(png as Uint8Array<ArrayBuffer>, {
    headers: { 'content-type': 'image/png', 'cache-control': 'public, max-age=86400' },
  })
  c.executionCtx.waitUntil(cache.put(key, res.clone()))
  return res
})

pages.get('/quiz/all', async (c) => c.html(await quizAll()))

/**
 * The adaptive quiz without JavaScript, one question per page: answers travel in the query
 * (question id = 0..4, in the order given); `q` names the question the person was on.
 * Unknown parameters are ignored; an answer outside 0..4 is refused with 400.
 */
pages.get('/quiz/step', async (c) => {
  const url = new URL(c.req.url)
  const known = new Set(answerIds(content))
  const answers: [string, number][] = []
  const bad: string[] = []
  for (const [key, value] of url.searchParams) {
    if (!known.has(key)) continue
    if (!/^[0-4]$/.test(value)) bad.push(key)
    else if (!answers.some(([id]) => id === key)) answers.push([key, Number(value)])
  }
  if (bad.length > 0) return errorPage(c, 400, undefined, `Answers must be 0 to 4; these were not: ${bad.join(', ')}.`)
  const { quizStepPage } = await loadQuiz()
  const tried = url.searchParams.get('q') ?? undefined
  // Coming back: "id:value" of the answer to show chosen again (ignored unless well formed).
  const prev = url.searchParams.get('prev')?.match(/^([a-z0-9-]+):([0-4])$/)
  const previous: [string, number] | undefined = prev && known.has(prev[1]!) ? [prev[1]!, Number(prev[2])] : undefined
  return c.html(
    renderDocument({
      title: 'The quiz · Role Spectrum',
      description: 'Answer questions about what you have actually done in five areas.',
      body: quizStepPage(answers, tried, previous),
      noindex: true,
    }),
  )
})

/** The form of /quiz/all: store the result and send the person to it, or show what is missing. */
pages.post('/quiz/all', async (c) => {
  const form = await readForm(c)
  const answers: Record<string, number> = {}
  const errors: Record<string, string> = {}
  for (const id of answerIds(content)) {
    const raw = form.get(id)
    const value = typeof raw === 'string' && /^[0-4]$/.test(raw) ? Number(raw) : undefined
    if (value !== undefined) answers[id] = value
  }
  // Every question, or as many as the adaptive quiz would have asked; else each gap is named.
  if ((await missingAnswers(answers)).length > 0)
    for (const q of content.questions) if (answers[q.id] === undefined) errors[q.id] = 'Choose one of the options.'

  const rawName = form.get('name')
  const name = typeof rawName === 'string' && rawName.trim() ? rawName : undefined
  const isPublic = form.get('public') === 'on'
  // The optional anonymous answers: "Prefer not to say" sends an empty value.
  const chosen = (key: string) => {
    const raw = form.get(key)
    return typeof raw === 'string' && raw !== '' ? raw : undefined
  }
  const calibration = { currentRole: chosen('currentRole'), years: chosen('years') }
  const given = calibration.currentRole !== undefined || calibration.years !== undefined
  const parsed = createResultBody.safeParse({ answers, name, public: isPublic, ...(given ? { calibration } : {}) })
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      if (issue.path[0] === 'name') errors.name = `The name ${issue.message}.`
      if (issue.path[0] === 'calibration') errors[String(issue.path[1])] = 'Choose one of the listed options.'
    }
  if (Object.keys(errors).length > 0 || !parsed.success)
    return c.html(await quizAll({ answers, errors, name, isPublic, calibration }), 400)
  const created = await createForClient(c, { ...parsed.data, answers })
  return c.redirect(`/r/${created.record.id}/saved?token=${created.token}`, 303)
})
