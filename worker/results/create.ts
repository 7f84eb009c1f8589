import type { Context } from 'hono'
import type { Calibration } from '../../contract/calibration'
import { scoringContent as content } from '../../model/content/scoring'
import type { AppEnv } from '../env'
import { newId } from '../ids'
import { loadAlgorithms } from '../lazy-modules'
import { recordNormsRow } from '../norms/row'
import { rateLimited } from '../rate-limit'
import { hashToken, newToken } from '../tokens'
import { resultRefusal } from './refusals'
import type { StoredResult } from './schema'
import { StorageUnavailable, saveResult } from './store'

export interface CreateInput {
  answers: Record<string, number>
  name?: string | undefined
  public?: boolean | undefined
  source?: string | undefined
  /** The optional last-step answers: they go only into the anonymous norms row, never into KV. */
  calibration?: Calibration | undefined
}

/**
 * Scores validated answers and stores the result under a fresh id. Returns the record and
 * the private delete token, which exists nowhere else: only its hash is stored.
 * Throws StorageUnavailable when KV fails, so no caller hands out a URL to nothing.
 */
export async function createResult(kv: KVNamespace, input: CreateInput): Promise<{ record: StoredResult; token: string }> {
  const token = newToken()
  const record: StoredResult = {
    id: newId(),
    createdAt: new Date().toISOString(),
    quizVersion: content.version,
    answers: input.answers,
    result: (await loadAlgorithms()).assess(content, input.answers),
    deleteHash: await hashToken(token),
    ...(input.name ? { name: input.name } : {}),
    ...(input.public ? { public: true } : {}),
    ...(input.source ? { source: input.source } : {}),
  }
  await saveResult(kv, record)
  return { record, token }
}

/**
 * Creates a result for the client of a request, as the JSON API and the form quiz both do.
 * Throws the refusal instead: 429 (with Retry-After) past the client's creation limit, 503
 * (with Retry-After) when KV fails.
 */
export async function createForClient(c: Context<AppEnv>, input: CreateInput): Promise<{ record: StoredResult; token: string }> {
  if (await rateLimited(c, c.env.CREATE_LIMITER)) throw resultRefusal(429)
  try {
    const created = await createResult(c.env.RESULTS, input)
    recordNormsRow(c.env, c.executionCtx, created.record, input.calibration)
    return created
  } catch (err) {
    if (!(err instanceof StorageUnavailable)) throw err
    c.header('Retry-After', '5')
    throw resultRefusal(503)
  }
}

export const deletePath = (id: string, token: string): string => `/r/${id}/delete?token=${token}`
