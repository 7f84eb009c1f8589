import { content } from '../model'
import type { AreaId, QuestionWords } from '../model/types'
import type { SelectionContent } from '../model/adaptive'
import { nextStep } from '../model/adaptive/next'
import type { PublicQuiz, QuizPageData } from '../contract/quiz'
import { OTHER_ROLE_CHOICES, YEAR_BANDS } from '../contract/calibration'

/**
 * The quiz as the public API and the quiz pages show it: no role needs, no scoring details.
 * Part of the quiz chunk (worker/lazy-modules.ts), so the questions' words load only on the
 * routes that show them.
 */
/** A question as the public quiz shows it: no sub-skill or scoring, a hint only where there is one. */
const publicQuestion = ({ id, prompt, options, hint }: { id: string } & QuestionWords, area: AreaId) => ({
  id,
  area,
  prompt,
  options,
  ...(hint ? { hint } : {}),
})

export const publicQuiz: PublicQuiz = {
  version: content.version,
  areas: content.areas.map(({ id, name }) => ({ id, name })),
  questions: [
    ...content.questions.map((q) => publicQuestion(q, q.area)),
    // Asked last on every path; shown with communication, the area of working with people.
    publicQuestion(content.seniorityQuestion, 'comm'),
  ],
  /** The choices of the optional last-step questions (`calibration` in POST /api/results). */
  calibration: {
    currentRole: [...content.roles.map(({ id, name }) => ({ id, name })), ...OTHER_ROLE_CHOICES],
    years: [...YEAR_BANDS],
  },
}

export type { PublicQuiz }

/**
 * What the quiz page sends the browser: the public quiz and the small table the adaptive quiz
 * picks its next question from (model/adaptive), so the browser asks the same next question
 * as POST /api/quiz/next without a round trip. Role ids, needs and must-haves, and the typical holders'
 * answer counts (model/placement.ts) that decide which role's must-haves the quiz asks: no names, words or scoring.
 */
const start = nextStep(content, {})

export const quizPageData: QuizPageData = {
  ...publicQuiz,
  /** Where every path starts, so the page need not work it out before the first answer. */
  start: { next: start.next!, remaining: start.remaining, atMost: start.atMost, last: start.last },
  selection: {
    areas: content.areas.map(({ id }) => ({ id })),
    questions: content.questions.map(({ id, subSkill, area }) => ({ id, subSkill, area })),
    roles: content.roles.map(({ id, needs, mustHaves }) => ({ id, needs, mustHaves })),
    seniorityQuestion: { id: content.seniorityQuestion.id },
    ...(content.startLeft === undefined ? {} : { startLeft: content.startLeft }),
    ...(content.holders === undefined ? {} : { holders: content.holders }),
  } satisfies SelectionContent,
}

export type { QuizPageData }
