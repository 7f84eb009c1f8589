import { scoringContent as content } from '../../model/content/scoring'
import type { Answers } from '../../model/types'
import { cardLink, forgetImage } from '../image-cache'
import { loadAlgorithms } from '../lazy-modules'
import type { StoredResult } from './schema'
import { saveResult } from './store'

/**
 * Scores a stored result again with more answers (the questions its adaptive path did not
 * ask) and keeps it under the same id, links and delete token; its old card is forgotten so
 * the next view draws the new one. Throws StorageUnavailable when KV fails.
 */
export async function rescoreResult(
  kv: KVNamespace,
  record: StoredResult,
  more: Answers,
  cardUrl: string,
): Promise<StoredResult> {
  const answers = { ...record.answers, ...more }
  const result = (await loadAlgorithms()).assess(content, answers)
  const updated: StoredResult = { ...record, answers, result, sharpenedAt: new Date().toISOString() }
  await saveResult(kv, updated)
  // The card kept so far, under the version it was kept with (none before the first sharpen).
  await forgetImage(kv, record.id, cardLink(cardUrl, record.sharpenedAt))
  return updated
}
