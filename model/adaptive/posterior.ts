import type { Answers } from '../types'
import { cellsOf, type Cells, type SelectionContent } from './cells'

const LEVELS = 5

/** Indices (content order) of the questions answered, ignoring ids the content does not have. */
export function answeredIndices(content: SelectionContent, answers: Answers): number[] {
  const out: number[] = []
  content.questions.forEach((q, i) => {
    if (answers[q.id] !== undefined) out.push(i)
  })
  return out
}

/** Probability of every cell (role × band) given the answers, from a uniform prior. */
export function posterior(content: SelectionContent, answers: Answers): Float64Array {
  const cells = cellsOf(content)
  const log = new Float64Array(cells.count)
  for (const q of answeredIndices(content, answers)) {
    const a = clampLevel(answers[content.questions[q]!.id]!)
    for (let c = 0; c < cells.count; c++) log[c]! += cells.logLik[(c * cells.questions + q) * LEVELS + a]!
  }
  return normalise(log)
}

/** exp and normalise a vector of log weights, in place; returns it. */
export function normalise(log: Float64Array): Float64Array {
  let max = -Infinity
  for (const v of log) if (v > max) max = v
  let total = 0
  for (let i = 0; i < log.length; i++) {
    log[i] = Math.exp(log[i]! - max)
    total += log[i]!
  }
  for (let i = 0; i < log.length; i++) log[i]! /= total
  return log
}

/** Probability of each role (content order): the sum over its bands. */
export function roleMass(cells: Cells, p: Float64Array, roles: number): Float64Array {
  const out = new Float64Array(roles)
  for (let c = 0; c < cells.count; c++) out[cells.role[c]!]! += p[c]!
  return out
}

/** Shannon entropy in bits. */
export function entropy(p: ArrayLike<number>): number {
  let h = 0
  for (let i = 0; i < p.length; i++) if (p[i]! > 0) h -= p[i]! * Math.log2(p[i]!)
  return h
}

/** log2 of every probability (−Infinity for 0): computed once per posterior, used by informationGain. */
export function log2Of(p: Float64Array): Float64Array {
  return p.map((v) => Math.log2(v))
}

/**
 * Expected information gain (bits) about the cell from asking question `q`: the entropy of
 * the posterior now minus its expected entropy after the answer, each answer weighted by how
 * likely it is under the posterior. With w = P(cell) · P(answer | cell) and pa their sum, an
 * answer's posterior entropy is log2 pa − Σ w log2 w / pa, so no logarithm is taken per cell.
 * `logP` and the entropy now (`now`) depend only on the posterior: pass them when asking of
 * many questions.
 */
export function informationGain(
  cells: Cells,
  p: Float64Array,
  q: number,
  logP: Float64Array = log2Of(p),
  now: number = entropy(p),
): number {
  let expected = 0
  for (let a = 0; a < LEVELS; a++) {
    let pa = 0
    let wLogW = 0
    for (let c = 0; c < cells.count; c++) {
      const at = (c * cells.questions + q) * LEVELS + a
      const w = p[c]! * cells.lik[at]!
      if (w > 0) {
        pa += w
        wLogW += w * (logP[c]! + cells.logLik[at]! * Math.LOG2E)
      }
    }
    if (pa > 0) expected += pa * Math.log2(pa) - wLogW
  }
  return now - expected
}

/** Expected answer (0..4) to question `q` under the posterior: what the person would most likely say, on average. */
export function expectedAnswer(cells: Cells, p: Float64Array, q: number): number {
  let e = 0
  for (let c = 0; c < cells.count; c++) {
    const at = (c * cells.questions + q) * LEVELS
    let m = 0
    for (let a = 1; a < LEVELS; a++) m += a * cells.lik[at + a]!
    e += p[c]! * m
  }
  return e
}

const clampLevel = (v: number): number => Math.min(4, Math.max(0, Math.round(v)))

/**
 * How well the best single placement explains the answers: the mean log-likelihood per
 * answer under the cell that explains them best, its role's profile and typical holders
 * together (cells.ts, cellsOf: the cells the quiz asks and stops by). Honest answers follow
 * some role's pattern at some stage; random ones follow none, and score lower.
 */
export function bestCellFit(content: SelectionContent, answers: Answers): number {
  const cells = cellsOf(content)
  const qs = answeredIndices(content, answers)
  if (qs.length === 0) return 0
  let best = -Infinity
  for (let c = 0; c < cells.count; c++) {
    let sum = 0
    for (const q of qs) sum += cells.logLik[(c * cells.questions + q) * LEVELS + clampLevel(answers[content.questions[q]!.id]!)]!
    if (sum > best) best = sum
  }
  return best / qs.length
}
