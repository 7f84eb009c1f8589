import { content } from '../model'
import { OTHER_ROLE_CHOICES, YEAR_BANDS } from '../web/quiz/calibration'

/**
 * The quiz as the public API and the quiz pages show it: no role needs, no scoring details.
 * Built into its own worker module (worker/generated/quiz.mjs, see worker/lazy-modules.ts),
 * so the questions' words load only on the routes that show them.
 */
export const publicQuiz = {
  version: content.version,
  areas: content.areas.map(({ id, name }) => ({ id, name })),
  questions: content.questions.map(({ id, area, prompt, options }) => ({ id, area, prompt, options })),
  /** The choices of the optional last-step questions (`calibration` in POST /api/results). */
  calibration: {
    currentRole: [...content.roles.map(({ id, name }) => ({ id, name })), ...OTHER_ROLE_CHOICES],
    years: [...YEAR_BANDS],
  },
}

export type PublicQuiz = typeof publicQuiz
