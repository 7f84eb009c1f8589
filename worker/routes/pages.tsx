import { Hono, type Context } from 'hono'
import { content } from '../../model'
import { anchors } from '../../model/spectrum'
import { Landing } from '../../web/pages/Landing'
import { NotFound } from '../../web/pages/NotFound'
import { QuizAllPage } from '../../web/pages/QuizAllPage'
import { QuizPage } from '../../web/pages/QuizPage'
import { ResultPage } from '../../web/result/ResultPage'
import { createResult } from '../create-result'
import type { AppEnv } from '../env'
import { isId } from '../ids'
import { publicQuiz } from '../public-quiz'
import { renderDocument } from '../render/document'
import { loadResult } from '../store'
import { createResultBody } from '../validate'

export const pages = new Hono<AppEnv>()

const MINUTES = 5

pages.get('/', (c) =>
  c.html(
    renderDocument({
      title: 'Role Spectrum: where do you sit among machine learning roles?',
      description: 'A five-minute skills self-assessment that places you on the spectrum of ML roles.',
      body: <Landing questions={publicQuiz.questions.length} minutes={MINUTES} anchors={anchors(content)} />,
    }),
  ),
)

pages.get('/quiz', (c) =>
  c.html(
    renderDocument({
      title: 'The quiz · Role Spectrum',
      description: 'Answer questions about what you have actually done in five areas.',
      body: <QuizPage quiz={publicQuiz} />,
      scripts: ['quiz'],
      data: publicQuiz,
    }),
  ),
)

pages.get('/quiz/all', (c) =>
  c.html(
    renderDocument({
      title: 'The whole quiz · Role Spectrum',
      description: 'Every question of the Role Spectrum quiz on one page.',
      body: <QuizAllPage quiz={publicQuiz} />,
    }),
  ),
)

/** The form of /quiz/all: store the result and send the person to it, or show what is missing. */
pages.post('/quiz/all', async (c) => {
  const form = await c.req.formData().catch(() => new FormData())
  const answers: Record<string, number> = {}
  const errors: Record<string, string> = {}
  for (const q of publicQuiz.questions) {
    const raw = form.get(q.id)
    const value = typeof raw === 'string' && /^[0-4]$/.test(raw) ? Number(raw) : undefined
    if (value === undefined) errors[q.id] = 'Choose one of the options.'
    else answers[q.id] = value
  }
  const parsed = createResultBody.safeParse({ answers })
  if (Object.keys(errors).length > 0 || !parsed.success)
    return c.html(
      renderDocument({
        title: 'The whole quiz · Role Spectrum',
        description: 'Every question of the Role Spectrum quiz on one page.',
        body: <QuizAllPage quiz={publicQuiz} answers={answers} errors={errors} />,
      }),
      400,
    )
  const record = await createResult(c.env.RESULTS, parsed.data.answers)
  return c.redirect(`/r/${record.id}`, 303)
})

pages.get('/r/:id', async (c) => {
  const id = c.req.param('id')
  const outcome = isId(id) ? await loadResult(c.env.RESULTS, id) : ({ kind: 'missing' } as const)
  if (outcome.kind !== 'found') return notFoundPage(c, outcome.kind === 'corrupt' ? 500 : 404)
  const { record } = outcome
  const top = record.result.roles[0]!
  const url = new URL(`/r/${record.id}`, c.req.url).toString()
  return c.html(
    renderDocument({
      title: `${top.name}: ${record.result.spectrum.label} · Role Spectrum`,
      description: `A Role Spectrum result: closest fit ${top.name} (${top.fit}), ${record.result.spectrum.label.toLowerCase()}.`,
      canonical: url,
      body: (
        <ResultPage
          result={record.result}
          areaNames={content.areas.map(({ id, name }) => ({ id, name }))}
          shareUrl={url}
          createdAt={record.createdAt}
          target={c.req.query('target')}
        />
      ),
      scripts: ['result'],
    }),
  )
})

/** The friendly 404 page (also for results that cannot be read, with status 500). */
export function notFoundPage(c: Context<AppEnv>, status: 404 | 500 = 404) {
  const missing = status === 404
  return c.html(
    renderDocument({
      title: missing ? 'Not found · Role Spectrum' : 'Something went wrong · Role Spectrum',
      description: 'This page does not exist.',
      body: missing ? (
        <NotFound
          title="There is nothing here"
          message="This link does not lead to a result or a page. It may have been mistyped, or the result was deleted."
        />
      ) : (
        <NotFound title="This result could not be read" message="Something went wrong on our side. Please try again later." />
      ),
    }),
    status,
  )
}
