import { Hono } from 'hono'
import { createResult } from '../create-result'
import type { AppEnv } from '../env'
import { apiError } from '../errors'
import { isId } from '../ids'
import { publicQuiz } from '../public-quiz'
import { loadResult } from '../store'
import { createResultBody, toIssues } from '../validate'

/** Largest request body accepted, in bytes. */
export const MAX_BODY = 16 * 1024

export const api = new Hono<AppEnv>()

api.get('/quiz', (c) => c.json(publicQuiz))

api.post('/results', async (c) => {
  const type = c.req.header('content-type') ?? ''
  if (!/^application\/json\s*(;|$)/i.test(type))
    return apiError(c, 415, 'Send the answers as JSON (Content-Type: application/json).')
  const text = await c.req.text()
  if (new TextEncoder().encode(text).length > MAX_BODY)
    return apiError(c, 413, `The request body is larger than ${MAX_BODY} bytes.`)
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return apiError(c, 400, 'The request body is not valid JSON.', [{ path: '', message: 'not valid JSON' }])
  }
  const parsed = createResultBody.safeParse(body)
  if (!parsed.success) return apiError(c, 400, 'Some answers are missing or invalid.', toIssues(parsed.error))
  const record = await createResult(c.env.RESULTS, parsed.data)
  return c.json({ id: record.id, url: `/r/${record.id}`, createdAt: record.createdAt, result: record.result }, 201)
})

api.get('/results/:id', async (c) => {
  const id = c.req.param('id')
  if (!isId(id)) return apiError(c, 404, 'No result with this id.')
  const outcome = await loadResult(c.env.RESULTS, id)
  if (outcome.kind === 'missing') return apiError(c, 404, 'No result with this id.')
  if (outcome.kind === 'corrupt') return apiError(c, 500, 'This result could not be read.')
  const { record } = outcome
  return c.json({ id: record.id, createdAt: record.createdAt, result: record.result })
})
