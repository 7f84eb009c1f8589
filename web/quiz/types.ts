/** The quiz as the page receives it (the shape of GET /api/quiz). */
export interface QuizData {
  version: number
  areas: { id: string; name: string }[]
  questions: { id: string; area: string; prompt: string; options: { value: number; label: string }[] }[]
}

export type QuizAnswers = Record<string, number>
