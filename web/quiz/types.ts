/** The quiz as the page receives it (the shape of GET /api/quiz). */
export interface QuizData {
  version: number
  areas: { id: string; name: string }[]
  questions: { id: string; area: string; prompt: string; options: { value: number; label: string }[] }[]
  /** The choices of the optional last-step questions (web/quiz/calibration.ts). */
  calibration: { currentRole: Choice[]; years: Choice[] }
}

export interface Choice {
  id: string
  name: string
}

export type QuizAnswers = Record<string, number>
