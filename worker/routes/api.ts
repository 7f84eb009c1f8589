import { Hono } from 'hono/tiny'
import type { CreatedResultJson, ResultJson } from '../api-shapes'
import { readJson } from '../body'
import type { AppEnv } from '../env'
import { apiError } from '../errors'
import { notModified } from '../etag'
import { loadQuiz } from '../lazy-modules'
import { createForClient, deletePath } from '../results/create'
import { findResult, refuseUnlessOwner } from '../results/find'
import { removeEverywhere } from '../results/remove'
import { bearer } from '../tokens'
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
  const created = await createForClient(c, parsed.data, 'json')
  if (created.error) return created.error
  const { record, token } = created
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
  const found = await findResult(c, c.req.param('id'), 'json')
  if (found.error) return found.error
  const { record } = found
  const unchanged = notModified(c, `${record.id}.${record.quizVersion}`)
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
  const refused = await refuseUnlessOwner(c, id, bearer(c.req.header('authorization')), 'json')
  if (refused) return refused
  await removeEverywhere(c, id)
  return c.body(null, 204)
})
