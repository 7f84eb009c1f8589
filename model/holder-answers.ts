import { HOLDER_BANDS, type HolderBand, type HolderCounts, type Seniority } from './types'

/**
 * How the typical holders of each role answered (model/content/holders.ts), as the likelihood of
 * every answer to every question by role and career stage. Placement weighs it beside the role
 * profiles (placement.ts), and so does the adaptive quiz's picture of how people answer
 * (adaptive/cells.ts), so the quiz asks and stops on the evidence the result is placed by.
 */

/** Weight of the holders' answers beside the profile's: log-likelihoods add as profile + 0.75 × holders. */
export const HOLDER_WEIGHT = 0.75
/**
 * Smoothing, in people: a stage's counts lean on their role's counts as if this many more people
 * answered like the role as a whole, and a role's on everyone's, so an answer no holder gave is
 * unlikely, never impossible.
 */
export const STAGE_PRIOR = 2
export const ROLE_PRIOR = 2

const LEVELS = 5

/**
 * The holders' stage whose answers each seniority band reads: the counts keep no lead (one of the
 * 770 was written as one), so lead cells read the senior holders, and a senior-like person's
 * holder evidence counts in two of a role's four cells.
 */
const STAGE_OF: Record<Seniority, HolderBand> = { entry: 'entry', mid: 'mid', senior: 'senior', lead: 'senior' }

/** The holders' log-likelihoods (holderLogs) that a cell of role `role` (content order) at `band` reads. */
export const cellHolderLogs = (logs: Float64Array[][], role: number, band: Seniority): Float64Array =>
  logs[role]![HOLDER_BANDS.indexOf(STAGE_OF[band])]!

/** Counts of one stage's answers: `[question · 5 + answer]`, one or two digits a count (the length says which). */
export function decodeCounts(digits: string, questions: number): Int32Array {
  const out = new Int32Array(questions * LEVELS)
  const width = digits.length / out.length
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(digits.slice(i * width, i * width + width), 36)
  return out
}

/**
 * Counts as stored: five base-36 digits a question while every count is at most 35 (the content's
 * tables: mid-level has up to 27), else two digits each, up to 1,295 (leaving one group out of
 * all 1,250 typical people counts 39 at a stage: test/eval/cross-validate.ts).
 */
export function encodeCounts(counts: ArrayLike<number>): string {
  const all = Array.from(counts, (n) => {
    if (!Number.isInteger(n) || n < 0 || n > 1295) throw new RangeError(`a holder count must be 0..1295, not ${n}`)
    return n
  })
  const width = all.some((n) => n > 35) ? 2 : 1
  return all.map((n) => n.toString(36).padStart(width, '0')).join('')
}

/** What holderLogs reads of a content. */
export interface HolderSource {
  questions: readonly unknown[]
  roles: readonly { id?: string }[]
  holders?: HolderCounts
}

/** The holders' log-likelihood of each answer for one role's stages, smoothed towards the role and everyone. */
function smoothed(stages: Int32Array[], everyone: Float64Array, questions: number): Float64Array[] {
  const role = new Int32Array(questions * LEVELS)
  for (const s of stages) for (let i = 0; i < role.length; i++) role[i]! += s[i]!
  const sizeOf = (c: Int32Array) => c[0]! + c[1]! + c[2]! + c[3]! + c[4]!
  const roleShare = new Float64Array(role.length)
  const n = sizeOf(role)
  for (let i = 0; i < role.length; i++) roleShare[i] = (role[i]! + ROLE_PRIOR * everyone[i]!) / (n + ROLE_PRIOR)
  return stages.map((s) => {
    const m = sizeOf(s)
    return Float64Array.from(s, (c, i) => Math.log((c + STAGE_PRIOR * roleShare[i]!) / (m + STAGE_PRIOR)))
  })
}

const cache = new WeakMap<HolderSource, Float64Array[][] | null>()

/**
 * log P(answer | role, stage) from the holders' counts: by role (content order) and stage
 * (HOLDER_BANDS), at [question · 5 + answer]. Computed once per content object; null when the
 * content has no holders for some role.
 */
export function holderLogs(content: HolderSource): Float64Array[][] | null {
  const hit = cache.get(content)
  if (hit !== undefined) return hit
  const holders = content.holders
  const nq = content.questions.length
  let out: Float64Array[][] | null = null
  if (holders && content.roles.every((r) => r.id !== undefined && holders[r.id])) {
    const counts = content.roles.map((r) => HOLDER_BANDS.map((b) => decodeCounts(holders[r.id!]![b], nq)))
    // Everyone's answers, with one more of each so that none has a share of 0.
    const all = new Float64Array(nq * LEVELS).fill(1)
    for (const role of counts) for (const s of role) for (let i = 0; i < all.length; i++) all[i]! += s[i]!
    for (let q = 0; q < nq; q++) {
      let total = 0
      for (let a = 0; a < LEVELS; a++) total += all[q * LEVELS + a]!
      for (let a = 0; a < LEVELS; a++) all[q * LEVELS + a]! /= total
    }
    out = counts.map((stages) => smoothed(stages, all, nq))
  }
  cache.set(content, out)
  return out
}
