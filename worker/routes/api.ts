import { Hono } from 'hono/tiny'
import { scoringContent as content } from '../../model/content/scoring'
import type { CreatedResultJson, NextQuestionJson, ResultJson } from '../../contract/api'
import type { AppEnv } from '../env'
import { notModified } from '../etag'
import { loadQuiz, loadAlgorithms } from '../lazy-modules'
import { createForClient, deletePath } from '../results/create'
import { findResult, requireOwner } from '../results/find'
import { Refusal } from '../refusal'
import { removeEverywhere } from '../results/remove'
import { bearer } from '../tokens'
import { givenAnswers, missingAnswers } from '../results/enough'
import { createResultBody, jsonBody, nextQuestionBody } from '../validate'

export const api = new Hono<AppEnv>()

/** The licences of the quiz content (CC BY 4.0) and of the code (MIT), as LICENSE-CONTENT and LICENSE say. */
const LICENSE = {
  content: 'CC-BY-4.0',
  contentUrl: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: 'Role Spectrum quiz content, CC BY 4.0',
  code: 'MIT',
}

api.get('/quiz', async (c) => c.json({ ...(await loadQuiz()).publicQuiz, license: LICENSE }))

/** The adaptive quiz's next question for the answers so far, or null once it has stopped. */
api.post('/quiz/next', async (c) => {
  const body = await jsonBody(c, nextQuestionBody, 'Some answers are invalid.')
  const [{ nextStep }, { publicQuiz }] = await Promise.all([loadAlgorithms(), loadQuiz()])
  const step = nextStep(content, givenAnswers(body.answers))
  const next = step.next === null ? null : publicQuiz.questions.find((q) => q.id === step.next)!
  return c.json({
    next: next && {
      id: next.id,
      area: next.area,
      prompt: next.prompt,
      options: next.options,
      ...(next.hint ? { hint: next.hint } : {}),
    },
    answered: step.answered,
    done: step.done,
    remaining: step.remaining,
    atMost: step.atMost,
    last: step.last,
  } satisfies NextQuestionJson)
})

/** The 400's line for a result's body: about the answers only when the answers are all that is wrong. */
const resultBodyLine = (issues: { path: string }[]): string =>
  `Some ${issues.every((i) => i.path.startsWith('answers')) ? 'answers' : 'fields'} are missing or invalid.`

api.post('/results', async (c) => {
  const body = await jsonBody(c, createResultBody, resultBodyLine)
  const answers = givenAnswers(body.answers)
  const missing = await missingAnswers(answers)
  if (missing.length > 0) throw new Refusal(400, 'The quiz is not finished: answer the question named below.', missing)
  const { record, token } = await createForClient(c, { ...body, answers })
  return c.json(
    {
      id: record.id,
      url: `/r/${record.id}`,
      deleteUrl: deletePath(record.id, token),
      createdAt: record.createdAt,
      result: record.result,
    } satisfies CreatedResultJson,
    201,
  )
})

api.get('/results/:id', async (c) => {
  const record = await findResult(c, c.req.param('id'))
  const unchanged = notModified(c, `${record.id}.${record.quizVersion}.${record.result.answered ?? ''}`)
  if (unchanged) return unchanged
  return c.json({
    id: record.id,
    createdAt: record.createdAt,
    result: record.result,
    ...(record.name ? { name: record.name } : {}),
  } satisfies ResultJson)
})

api.delete('/results/:id', async (c) => {
  const id = c.req.param('id')
  // A corrupt result too: its owner must be able to remove it.
  await requireOwner(c, id, bearer(c.req.header('authorization')))
  await removeEverywhere(c, id)
  return c.body(null, 204)
})
