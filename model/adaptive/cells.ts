import { FREE_LEVELS, levelCost } from '../cost'
import { cellHolderLogs, HOLDER_WEIGHT, holderLogs } from '../holder-answers'
import { MAX_LEVEL } from '../levels'
import { CORE_LEVEL } from '../seniority'
import { type AreaId, type HolderCounts, type QuestionRef, SENIORITY_IDS, type Seniority } from '../types'

/**
 * Where each seniority band sits, as an offset from the mid-level profile in levels of the
 * role's core: the middle of each band of seniority.ts as it was cut until 7 December 2026 (entry
 * below 0, mid 0..0.8, senior 0.8..1.8, lead from 1.8), entry a level below the profile's core.
 * Mid-level now opens at -0.2; these stay, since they only choose questions and the cut was
 * judged with them as they are (test/fixtures/holdout39-people-log.md).
 */
export const BAND_OFFSET: Record<Seniority, number> = { entry: -0.9, mid: 0.4, senior: 1.2, lead: 2 }

/**
 * How sharply an answer's likelihood falls with its distance from a placement's expected
 * level: each level of fit cost (the same cost as fit.ts counts) divides it by e^SHARPNESS.
 */
export const SHARPNESS = 1.3

/** A small share of answers that follow no pattern (a slip, a misread option). */
export const LAPSE = 0.03

const LEVELS = MAX_LEVEL + 1

/**
 * What the adaptive quiz needs of the content: the areas, the questions and each role's
 * mid-level needs. The whole content has it; so does the small table the quiz page sends to
 * the browser, which picks the next question itself with this same code.
 */
export interface SelectionContent {
  areas: readonly { id: AreaId }[]
  questions: readonly QuestionRef[]
  /** Each role's mid-level needs, and its must-haves (sub-skill groups: any one met meets it). */
  roles: readonly {
    /** Needed to read the holders' answers (model/placement.ts); the quiz page sends it with them. */
    id?: string
    needs: Partial<Record<string, number>>
    mustHaves: readonly (string | readonly string[])[]
  }[]
  /** Asked once the skill questions have stopped; it tells nothing about the role, so no cell models it. */
  seniorityQuestion?: { id: string }
  /** Questions likely left before the first answer (next.ts, estimateStartLeft), stored so no request computes it. */
  startLeft?: number
  /** How the typical holders of each role answered (model/placement.ts): the quiz asks the must-haves of the role placed first. */
  holders?: HolderCounts
}

/**
 * Placements a person can have (role × seniority band), each with the probability of every
 * answer to every question: the adaptive quiz's picture of how people answer. A placement
 * expects the role's mid-level profile moved to its band; an answer costs what fit.ts charges
 * for the distance (missing and extra levels by how central the skill is, skills
 * the role does not use beyond their area's free levels, model/cost.ts), and its likelihood
 * falls with that cost.
 */
export interface Cells {
  count: number
  questions: number
  /** Role index (content order) and band of each cell. */
  role: Int32Array
  band: Seniority[]
  /** log P(answer | cell) at [(cell · questions + question) · 5 + answer]. */
  logLik: Float64Array
  /** P(answer | cell) at the same index. */
  lik: Float64Array
}

const cache = new WeakMap<SelectionContent, Cells>()
const weighed = new WeakMap<SelectionContent, Cells>()

/**
 * The cells the quiz asks and stops by: where the content has its roles' typical holders, each
 * answer's likelihood is the profile's times the holders' at the cell's stage to the power
 * HOLDER_WEIGHT, renormalised over the five answers, the same evidence placement weighs
 * (placement.ts); else the profile's alone. Until 7 December 2026 the quiz read the profile's
 * alone while placement weighed both, so it stopped on a picture the result did not share:
 * leaving each group out, 1,315 of 1,430 typical people were placed right on the adaptive path
 * against 1,345 on the full quiz; weighing the holders, with the stop at 98 % (next.ts,
 * STOP_MASS), 1,345, in 13 questions at the median instead of 17, before three questions an area
 * (next.ts, MIN_PER_AREA) took it back to 17 (test/fixtures/holdout47-people-log.md and
 * holdout51-people-log.md). Computed once per content object.
 */
export function cellsOf(content: SelectionContent): Cells {
  const hit = weighed.get(content)
  if (hit) return hit
  const profile = profileCellsOf(content)
  const holders = holderLogs(content)
  if (!holders) return profile
  const nq = profile.questions
  const lik = new Float64Array(profile.lik.length)
  const logLik = new Float64Array(lik.length)
  for (let c = 0; c < profile.count; c++) {
    const h = cellHolderLogs(holders, profile.role[c]!, profile.band[c]!)
    for (let q = 0; q < nq; q++) {
      const at = (c * nq + q) * LEVELS
      let total = 0
      for (let a = 0; a < LEVELS; a++) {
        lik[at + a] = Math.exp(profile.logLik[at + a]! + HOLDER_WEIGHT * h[q * LEVELS + a]!)
        total += lik[at + a]!
      }
      for (let a = 0; a < LEVELS; a++) {
        lik[at + a]! /= total
        logLik[at + a] = Math.log(lik[at + a]!)
      }
    }
  }
  const cells: Cells = { ...profile, lik, logLik }
  weighed.set(content, cells)
  return cells
}

/**
 * The cells as the role profiles alone describe them: what placement adds the holders to
 * (placement.ts) and what cellsOf weighs them by. Computed once per content object.
 */
export function profileCellsOf(content: SelectionContent): Cells {
  const hit = cache.get(content)
  if (hit) return hit
  const nq = content.questions.length
  const count = content.roles.length * SENIORITY_IDS.length
  const role = new Int32Array(count)
  const band: Seniority[] = []
  const lik = new Float64Array(count * nq * LEVELS)
  const logLik = new Float64Array(lik.length)
  let c = 0
  for (let r = 0; r < content.roles.length; r++)
    for (const s of SENIORITY_IDS) {
      role[c] = r
      band.push(s)
      const scale = 1 + BAND_OFFSET[s] / CORE_LEVEL
      for (let q = 0; q < nq; q++) {
        const question = content.questions[q]!
        const need = content.roles[r]!.needs[question.subSkill] ?? 0
        const free = FREE_LEVELS[question.area]
        const at = (c * nq + q) * LEVELS
        let total = 0
        for (let a = 0; a < LEVELS; a++) {
          const w = Math.exp(-SHARPNESS * answerCost(need, scale, a, free))
          lik[at + a] = w
          total += w
        }
        for (let a = 0; a < LEVELS; a++) {
          const v = (1 - LAPSE) * (lik[at + a]! / total) + LAPSE / LEVELS
          lik[at + a] = v
          logLik[at + a] = Math.log(v)
        }
      }
      c++
    }
  const cells: Cells = { count, questions: nq, role, band, logLik, lik }
  cache.set(content, cells)
  return cells
}

/** Fit cost of answering `a` on a sub-skill the role needs at `need` (`free` levels cost nothing where it is 0), for a profile scaled by `scale`. */
export function answerCost(need: number, scale: number, a: number, free: number): number {
  return levelCost(need, Math.min(MAX_LEVEL, Math.max(0, need * scale)), a, free)
}
