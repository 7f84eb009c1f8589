/**
 * How long the adaptive quiz takes, as `npm run eval` measures it on the `people` typical people
 * of test/fixtures, written for testing (the prompt and five options of every question asked,
 * read at 200 words a minute, plus 4 seconds a decision; `fullMinutes`: every question, as the
 * one-page quiz asks them). The landing page, link previews and the one-page quiz
 * quote these; test/model/evaluation.test.ts fails when they drift from the measurement.
 */
export const QUIZ_LENGTH = { medianQuestions: 17, medianMinutes: 5, people: 1850, fullMinutes: 8 }

/** "about 5 minutes", as the pages say it. */
export const quizMinutes = `about ${QUIZ_LENGTH.medianMinutes} minutes`
