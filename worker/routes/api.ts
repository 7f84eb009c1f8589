import { Hono } from 'hono/tiny'
import { createResult, deletePath } from '../create-result'
import type { AppEnv } from '../env'
import { apiError } from '../errors'
import { notModified } from '../etag'
import { isId } from '../ids'
import { imageUrl, removeResult } from '../image-cache'
import { loadQuiz } from '../lazy-modules'
import { rateLimited, RETRY_AFTER } from '../rate-limit'
import { readJson } from '../body'
import { deleteHashOf, loadResult, StorageUnavailable } from '../store'
import { leaveAllTeams } from '../team/join'
import { bearer, tokenMatches } from '../tokens'
import { createResultBody, errorLine, toIssues } from '../validate'

export const api = new Hono<AppEnv>()

api.get('/quiz', async (c) => c.json((await loadQuiz()).publicQuiz))

api.post('/results', async (c) => {
  const body = await readJson(c)
  if (!body.ok) return body.response
  const parsed = createResultBody.safeParse(body.value)
  if (!parsed.success) {
    const issues = toIssues(parsed.error, body.value)
    return apiError(c, 400, errorLine(issues, 'Some answers are missing or invalid.'), issues)
  }
  if (await rateLimited(c, c.env.CREATE_LIMITER))
    return apiError(c, 429, `Too many results from this address. Please wait ${RETRY_AFTER} seconds and try again.`)
  try {
    const { record, token } = await createResult(c.env.RESULTS, parsed.data)
    return c.json(
      {
        id: record.id,
        url: `/r/${record.id}`,
        deleteUrl: deletePath(record.id, token),
        createdAt: record.createdAt,
        result: record.result,
      },
      201,
    )
  } catch (err) {
    if (!(err instanceof StorageUnavailable)) throw err
    c.header('Retry-After', '5')
    return apiError(c, 503, 'Your result could not be saved just now. Please try again in a few seconds.')
  }
})

const NOT_FOUND = 'No result with this id.'

api.get('/results/:id', async (c) => {
  const id = c.req.param('id')
  if (!isId(id)) return apiError(c, 404, NOT_FOUND)
  const outcome = await loadResult(c.env.RESULTS, id)
  if (outcome.kind === 'missing') return apiError(c, 404, NOT_FOUND)
  if (outcome.kind === 'corrupt') return apiError(c, 500, 'This result could not be read.')
  const { record } = outcome
  const unchanged = notModified(c, `${record.id}.${record.quizVersion}`)
  if (unchanged) return unchanged
  return c.json({
    id: record.id,
    createdAt: record.createdAt,
    result: record.result,
    ...(record.name ? { name: record.name } : {}),
  })
})

api.delete('/results/:id', async (c) => {
  const id = c.req.param('id')
  if (!isId(id)) return apiError(c, 404, NOT_FOUND)
  const outcome = await loadResult(c.env.RESULTS, id)
  if (outcome.kind === 'missing') return apiError(c, 404, NOT_FOUND)
  // A corrupt result too: its owner must be able to remove it.
  if (!(await tokenMatches(bearer(c.req.header('authorization')), deleteHashOf(outcome))))
    return apiError(c, 403, 'This delete token is missing or wrong.')
  await leaveAllTeams(c.env, id)
  await removeResult(c.env.RESULTS, id, imageUrl(c.req.url, id))
  return c.body(null, 204)
})
