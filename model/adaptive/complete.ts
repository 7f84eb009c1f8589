import { prepare } from '../prepared'
import type { Answers, ScoringContent } from '../types'
import { cellsOf } from './cells'
import { answeredIndices, expectedAnswer, posterior } from './posterior'

/**
 * Sub-skill levels for a set of answers that may leave questions out. A sub-skill with any
 * answered question gets the mean of its answers, as in the full quiz; a sub-skill that was
 * not asked gets the answer expected under the posterior (what people placed where these
 * answers place the person usually answer), so roles can be ranked on a whole profile. The
 * second list says which sub-skills were asked: only those are shown as measured.
 */
export function completedLevels(
  content: ScoringContent,
  answers: Answers,
): { levels: Record<string, number>; asked: Set<string> } {
  const p = prepare(content)
  const cells = cellsOf(content)
  const sums = new Float64Array(p.ids.length)
  const counts = new Int32Array(p.ids.length)
  for (const q of answeredIndices(content, answers)) {
    const s = p.questionSub[q]!
    sums[s]! += answers[content.questions[q]!.id]!
    counts[s]!++
  }
  let post: Float64Array | undefined
  const levels: Record<string, number> = {}
  const asked = new Set<string>()
  p.ids.forEach((id, s) => {
    if (counts[s]! > 0) {
      levels[id] = sums[s]! / counts[s]!
      asked.add(id)
      return
    }
    const q = p.questionSub.indexOf(s)
    if (q < 0) {
      levels[id] = 0
      return
    }
    post ??= posterior(content, answers)
    levels[id] = expectedAnswer(cells, post, q)
  })
  return { levels, asked }
}
