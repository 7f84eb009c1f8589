import { readFileSync } from 'node:fs'

/**
 * The typical people of test/fixtures/typical-people.json, and of the sixth held-out group for a
 * close call the first 50 no longer show (6 December 2026): answers keyed by question id.
 */
const people = ['typical-people.json', 'holdout6-people.json'].flatMap(
  (file) =>
    JSON.parse(readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8')) as {
      id: string
      answers: Record<string, number>
    }[],
)

/** A typical person's answers in the order the quiz asks its questions (as the API lists them). */
export function answersInOrder(id: string, questions: { id: string }[]): number[] {
  const person = people.find((p) => p.id === id)
  if (!person) throw new Error(`no typical person ${id}`)
  return questions.map((q) => {
    const a = person.answers[q.id]
    if (a === undefined) throw new Error(`${id} has no answer to ${q.id}`)
    return a
  })
}

/** A typical person's answers as the API takes them. */
export const answersOf = (id: string, questions: { id: string }[]): Record<string, number> => {
  const levels = answersInOrder(id, questions)
  return Object.fromEntries(questions.map((q, i) => [q.id, levels[i]!]))
}

/** Typical people whose results show each kind of placement (test/worker/placement.test.ts checks they still do). */
export const DATA_SCIENTIST = 'ds-mid-airline-operations-research'
/** ML solutions architect, a role beside the spectrum: the longest words under the spectrum of an embedded result. */
export const BESIDE_SPECTRUM = 'mlsa-mid-consultancy-ex-ds'
/** ML engineer · early career, a clear placement on the full quiz. */
export const ML_ENGINEER = 'mle-entry-marketplace-search'
/** A close call: software engineer or MLOps engineer (one of the first 50; the worker tests use the same one). */
export const CLOSE_CALL = 'hard-backend-deploying-models'

/** Someone who has tried a little of everything (level 1 in all but infrastructure): no role's core skills yet. */
export const beginner = (questions: { id: string; area: string }[]): Record<string, number> =>
  Object.fromEntries(questions.map((q) => [q.id, q.area === 'infra' ? 0 : 1]))
