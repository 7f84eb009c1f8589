import { content } from '../model'

/** The quiz as the public API and the quiz page show it: no role needs, no scoring details. */
export const publicQuiz = {
  version: content.version,
  areas: content.areas.map(({ id, name }) => ({ id, name })),
  questions: content.questions.map(({ id, area, prompt, options }) => ({ id, area, prompt, options })),
}

export type PublicQuiz = typeof publicQuiz
