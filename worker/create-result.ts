import { assess, content } from '../model'
import { newId } from './ids'
import { saveResult, type StoredResult } from './store'

/** Scores validated answers, stores the result under a fresh id and returns what was stored. */
export async function createResult(
  kv: KVNamespace,
  input: { answers: Record<string, number>; source?: string | undefined },
): Promise<StoredResult> {
  const record: StoredResult = {
    id: newId(),
    createdAt: new Date().toISOString(),
    quizVersion: content.version,
    answers: input.answers,
    result: assess(content, input.answers),
    ...(input.source ? { source: input.source } : {}),
  }
  await saveResult(kv, record)
  return record
}
