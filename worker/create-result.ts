import { assess, scoringContent as content } from '../model/core'
import { newId } from './ids'
import { saveResult, type StoredResult } from './store'
import { hashToken, newToken } from './tokens'

export interface CreateInput {
  answers: Record<string, number>
  name?: string | undefined
  public?: boolean | undefined
  source?: string | undefined
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
    result: assess(content, input.answers),
    deleteHash: await hashToken(token),
    ...(input.name ? { name: input.name } : {}),
    ...(input.public ? { public: true } : {}),
    ...(input.source ? { source: input.source } : {}),
  }
  await saveResult(kv, record)
  return { record, token }
}

export const deletePath = (id: string, token: string): string => `/r/${id}/delete?token=${token}`
