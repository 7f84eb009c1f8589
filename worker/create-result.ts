import { assess, content } from '../model'
import { newId } from './ids'
import { saveResult, type StoredResult } from './store'

/** Scores validated answers, stores the result under a fresh id and returns what was stored. */
export async function createResult(kv: KVNamespace, answers: Record<string, number>): Promise<StoredResult> {
  const record: StoredResult = {
    id: newId(),
    createdAt: new Date().toISOString(),
    quizVersion: content.version,
    answers,
    result: assess(content, answers),
  }
  await saveResult(kv, record)
  return record
}
