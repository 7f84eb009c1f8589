import { content, type Answers } from '../../model'
import holdout from '../fixtures/holdout-people.json'
import holdout6 from '../fixtures/holdout6-people.json'
import holdout8 from '../fixtures/holdout8-people.json'
import holdout12 from '../fixtures/holdout12-people.json'
import blind from '../fixtures/typical-people.json'

/** A typical person written from the source articles by someone who had not seen the role profiles. */
export interface TypicalPerson {
  id: string
  who: string
  role: string
  alsoAcceptable?: string[]
  seniority: 'entry' | 'mid' | 'senior' | 'lead'
  answers: Answers
}

/** The 50 people of test/fixtures/typical-people.json (how they were written: typical-people.md). */
export const typicalPeople: TypicalPerson[] = blind as TypicalPerson[]

/** The held-out groups the page tests draw on (the first, sixth and eighth). */
export const heldOut = [...holdout, ...holdout6, ...holdout8] as TypicalPerson[]

const answersIn = (people: TypicalPerson[], id: string, which: string): Answers => {
  const p = people.find((x) => x.id === id)
  if (!p) throw new Error(`no ${which} person ${id}`)
  return p.answers
}

const person = (id: string): Answers => answersIn(typicalPeople, id, 'typical')

/**
 * Answers of a held-out person, for a case the first 50 no longer show since the model changed on
 * 6 December 2026: of the groups above, or of the twelfth (an unclear best guess on the full quiz).
 */
export const heldOutPerson = (id: string): Answers => answersIn([...heldOut, ...(holdout12 as TypicalPerson[])], id, 'held-out')

/**
 * Answers as given, or from a compact string of one digit per question in content order
 * (spaces ignored), for tests that need a made-up pattern.
 */
export function answersFrom(levels: string | Answers): Answers {
  if (typeof levels !== 'string') return levels
  const digits = levels.replace(/\s/g, '')
  if (digits.length !== content.questions.length) throw new Error(`want ${content.questions.length} digits`)
  return Object.fromEntries(content.questions.map((q, i) => [q.id, Number(digits[i])]))
}

export const allAnswers = (value: number): Answers => Object.fromEntries(content.questions.map((q) => [q.id, value]))

/** Answers of a few typical people, for team and API tests. */
export const PEOPLE = {
  swe: person('swe-mid-fintech-payments'),
  ds: person('ds-mid-airline-operations-research'),
  mle: person('hard-ds-turned-mle'),
  de: person('de-mid-bank-lake-ex-dba'),
  pm: person('pm-senior-media-recommendations'),
  as: person('as-mid-medical-imaging'),
  analyst: person('da-mid-health-insurer-ex-nurse'),
} satisfies Record<string, Answers>
