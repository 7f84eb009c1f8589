import type { QuizPageData } from '../../worker/public-quiz'

/**
 * The quiz as the page receives it: GET /api/quiz plus the adaptive quiz's selection table,
 * typed from what the worker sends.
 */
export type QuizData = QuizPageData

export type QuizAnswers = Record<string, number>
