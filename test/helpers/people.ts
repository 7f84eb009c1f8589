import { content } from '../../model'

/**
 * Answers from a compact string of 25 digits in content order (areas separated by spaces
 * for reading): stats(5) ml(5) swe(4) infra(6) comm(5).
 */
export function answersFrom(levels: string): Record<string, number> {
  const digits = levels.replace(/\s/g, '')
  if (digits.length !== content.questions.length) throw new Error(`want ${content.questions.length} digits`)
  return Object.fromEntries(content.questions.map((q, i) => [q.id, Number(digits[i])]))
}

export const allAnswers = (value: number): Record<string, number> =>
  Object.fromEntries(content.questions.map((q) => [q.id, value]))

/** Typical people written by hand, not copied from the role profiles, with the role they should land in. */
export const typicalPeople: { who: string; answers: string; role: string }[] = [
  { who: 'a backend engineer who has never trained a model', answers: '00110 01000 3333 200203 11111', role: 'software-engineer' },
  { who: 'a product data scientist', answers: '33232 31310 1110 110000 33111', role: 'data-scientist' },
  { who: 'a mid-level ML engineer', answers: '12121 32310 3222 233212 22111', role: 'ml-engineer' },
  { who: 'a data engineer', answers: '00220 10000 3222 421213 11111', role: 'data-engineer' },
  { who: 'a business analyst', answers: '21431 10100 1000 200000 33211', role: 'data-analyst' },
  { who: 'a PhD researcher', answers: '13014 24344 1020 010020 21020', role: 'research-scientist' },
  { who: 'an MLOps engineer', answers: '00010 11100 3212 133414 11101', role: 'mlops-engineer' },
  { who: 'a product manager for ML products', answers: '11310 10100 0001 000000 34413', role: 'product-manager' },
  { who: 'a developer advocate', answers: '01010 22120 2211 011001 31142', role: 'developer-advocate' },
  { who: 'an applied scientist', answers: '23123 33331 2121 121111 22111', role: 'applied-scientist' },
  { who: 'a research engineer in a lab', answers: '12013 23241 3131 121031 11010', role: 'research-engineer' },
  { who: 'a platform engineer for GPU training', answers: '00001 12110 3333 232243 11111', role: 'ml-platform-engineer' },
  { who: 'a solutions architect', answers: '11111 22210 2214 223212 33224', role: 'ml-solutions-architect' },
]

/** Short answer sets of typical people, for team tests. */
export const PEOPLE = {
  swe: '00110 01000 3333 200203 11111',
  ds: '33232 31310 1110 110000 33111',
  mle: '12121 32310 3222 233212 22111',
  de: '00220 10000 3222 421213 11111',
  pm: '11310 10100 0001 000000 34413',
  as: '23123 33331 2121 121111 22111',
}
