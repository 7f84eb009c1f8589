import type { ScoringContent } from './types'

const cache = new WeakMap<ScoringContent, string[]>()

/** Every id an answer set may carry: the skill questions in quiz order, then the seniority question. */
export function answerIds(content: ScoringContent): string[] {
  const hit = cache.get(content)
  if (hit) return hit
  const ids = [...content.questions.map((q) => q.id), content.seniorityQuestion.id]
  cache.set(content, ids)
  return ids
}
