import type { PublicQuiz } from '../../worker/public-quiz'

/** The quiz as the page receives it: the type of GET /api/quiz, taken from what the worker sends. */
export type QuizData = PublicQuiz

export type QuizAnswers = Record<string, number>
