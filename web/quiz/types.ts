import type { QuizPageData } from '../../contract/quiz'

/**
 * The quiz as the page receives it: GET /api/quiz plus the adaptive quiz's selection table,
 * as the contract names it.
 */
export type QuizData = QuizPageData

export type QuizAnswers = Record<string, number>
