import * as z from 'zod/mini'
import type { Answers, Result } from '../model'
import { storedResult } from './stored-result'

/** Keys carry a versioned prefix so the stored shape can change without collisions. */
const key = (id: string): string => `v1:result:${id}`

export interface StoredResult {
  id: string
  createdAt: string
  quizVersion: number
  answers: Answers
  result: Result
  /** Tag of the embed widget the result came through, if any. */
  source?: string
}

/** Writes a new result. Never reads first: a read of a missing key is cached as "not found". */
export async function saveResult(kv: KVNamespace, record: StoredResult): Promise<void> {
  await kv.put(key(record.id), JSON.stringify(record))
}

export type LoadOutcome = { kind: 'found'; record: StoredResult } | { kind: 'missing' } | { kind: 'corrupt' }

/** Reads and validates a stored result; a value that fails validation is reported, not returned. */
export async function loadResult(kv: KVNamespace, id: string): Promise<LoadOutcome> {
  const raw = await kv.get(key(id), 'json')
  if (raw === null) return { kind: 'missing' }
  const parsed = storedResult.safeParse(raw)
  if (!parsed.success) {
    console.error(`stored result ${id} failed validation`, z.prettifyError(parsed.error))
    return { kind: 'corrupt' }
  }
  return { kind: 'found', record: parsed.data as StoredResult }
}
