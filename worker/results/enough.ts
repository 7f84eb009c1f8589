import { scoringContent as content } from '../../model/content/scoring'
import type { Answers } from '../../model/types'
import type { Issue } from '../errors'
import { loadAlgorithms } from '../lazy-modules'

/** The answers that were given: a parsed body's optional answers without the absent ones. */
export function givenAnswers(answers: Record<string, number | undefined>): Answers {
  const out: Answers = {}
  for (const [id, value] of Object.entries(answers)) if (value !== undefined) out[id] = value
  return out
}

/**
 * Whether answers are enough for a result: every question, or an adaptive path that has
 * reached its stop (model/adaptive). When not, one issue names the question the quiz would
 * ask next and about how many more follow it.
 */
export async function missingAnswers(answers: Answers): Promise<Issue[]> {
  const { isComplete, nextStep } = await loadAlgorithms()
  if (isComplete(content, answers)) return []
  const step = nextStep(content, answers)
  // The mentoring question is not needed to place someone (see isComplete): not counted here.
  const optional = answers[content.seniorityQuestion.id] === undefined ? 1 : 0
  const more = step.remaining - 1 - optional
  const most = step.atMost - 1 - optional
  return [
    {
      path: `answers.${step.next}`,
      message: step.last
        ? 'missing answer: the quiz asks this last, before it can place you'
        : more > 0
          ? `missing answer: the quiz asks this next, then about ${more} more (at most ${most}), before it can place you`
          : `missing answer: the quiz asks this next, and perhaps up to ${most} more, before it can place you`,
    },
  ]
}
