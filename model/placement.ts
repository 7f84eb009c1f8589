import { profileCellsOf, type SelectionContent } from './adaptive/cells'
import { cellHolderLogs, HOLDER_WEIGHT, holderLogs } from './holder-answers'
import type { PreparedRole } from './prepared'
import { groupMet, measuredOf, STARTED, topRoleIndex } from './fit'
import type { Answers, RoleFit, ScoringContent } from './types'

/**
 * Which role a person is placed in: the role whose people answer most like them. Two kinds of
 * evidence are weighed for every role × career stage: the profile (how far each answer is from
 * the role's needs moved to that stage, as the adaptive quiz's cells count it: adaptive/cells.ts)
 * and the typical holders (how often people of that role and stage, written blind from the
 * articles, gave each answer: content/holders.ts). A role's score is the log of its probability
 * summed over the stages, from both; each must-have a result shows as not met divides it by
 * e^UNMET_PENALTY (by e^(UNMET_PENALTY · STARTED_SHARE) where the person has started it). Placing by fit alone put 654 of 770 typical people in their role on the full
 * quiz (each group scored with profiles blended, and holders counted, without it); with the
 * holders 721, and a fresh blind pair 58 of 60 against 50 (docs/model.md, 7 December 2026).
 * Fit, match, gaps and seniority are still the profile's: this only orders the roles.
 */

/** Each must-have shown as not met lowers a role's log score by this much (a factor e² ≈ 7). */
export const UNMET_PENALTY = 2

/**
 * ...and a must-have not met but started (its measured level at least STARTED: used it with
 * guidance) by this share of it: a junior who has started a role's core is nearer that role than
 * one who never touched it. In full (1) until 7 December 2026, when early-career ML platform
 * engineers, started in distributed computing and performance work but below level 2 in both, paid
 * e⁴ and went to MLOps (19 of 119 on the full quiz, 3 the other way). At 0.5, with the model as
 * shipped over the 1,740 held out: full quiz 1,618 -> 1,623 placed, adaptive 1,628 -> 1,631, and 5
 * more `clear` with no more wrongly; leaving each group out: adaptive 1,689 -> 1,691, `clear` 1,551
 * (40 wrongly) -> 1,556 (38). Fresh groups 59 and 60 were untouched by it: adopted on those in-sample
 * figures (test/fixtures/holdout59-people-log.md). By role, on the same 1,790 people's full quiz: ML
 * platform +4, ML engineer +2, applied scientist and product owner +1, MLOps -1, product manager -2.
 */
export const STARTED_SHARE = 0.5

/** What one must-have not met takes off a role's placement score, in UNMET_PENALTYs, by its measured level. */
const unmetWeight = (level: number): number => (level >= STARTED ? STARTED_SHARE : 1)

/**
 * A role's must-haves not met as a result shows them (measured: fit.ts measuredOf), each counted
 * by unmetWeight at its best measured level: what placement takes off the role, in UNMET_PENALTYs.
 * A must-have none of whose sub-skills a short path asked is judged on its expected level
 * (adaptive/complete.ts), for started as for met, as a result shows it (fit.ts rankRoles).
 */
export function unmetOf(r: PreparedRole<unknown>, x: ArrayLike<number>, known: Uint8Array | undefined): number {
  let n = 0
  for (const g of r.mustHaves) {
    const measured = measuredOf(g, known)
    if (groupMet(measured, x)) continue
    let best = 0
    for (const i of measured) best = Math.max(best, x[i]!)
    n += unmetWeight(best)
  }
  return n
}

const LEVELS = 5

interface Table {
  /**
   * log P(answer | cell) from profile and holders together, at [(question · 5 + answer) · cells +
   * cell]: an answer's likelihoods under every cell side by side, as scoring reads them.
   */
  logLik: Float64Array
  cellRole: Int32Array
  roles: number
  /** The holders' log-likelihoods alone, by role (content order) and stage (HOLDER_BANDS), at [question · 5 + answer]. */
  stages: Float64Array[][]
}

const tables = new WeakMap<SelectionContent, Table | null>()

/** The placement table of a content, once per content object; null when the content has no holders for some role. */
function tableOf(content: SelectionContent): Table | null {
  const hit = tables.get(content)
  if (hit !== undefined) return hit
  const byRole = holderLogs(content)
  const nq = content.questions.length
  let table: Table | null = null
  if (byRole) {
    const cells = profileCellsOf(content)
    const logLik = new Float64Array(cells.logLik.length)
    for (let c = 0; c < cells.count; c++) {
      const h = cellHolderLogs(byRole, cells.role[c]!, cells.band[c]!)
      for (let i = 0; i < nq * LEVELS; i++)
        logLik[i * cells.count + c] = cells.logLik[c * nq * LEVELS + i]! + HOLDER_WEIGHT * h[i]!
    }
    table = { logLik, cellRole: cells.role, roles: content.roles.length, stages: byRole }
  }
  tables.set(content, table)
  return table
}

/** Whether roles are placed with the holders' answers (the content has them for every role). */
export const placesWithHolders = (content: SelectionContent): boolean => tableOf(content) !== null

/**
 * Each role's placement score (content order): log Σ over stages of P(answers | role, stage),
 * over the skill questions answered (`given`: the answer to each question in content order, −1
 * where not asked), less UNMET_PENALTY times `unmet` (content order: each role's must-haves not met,
 * weighted as unmetOf weighs them).
 */
export function placementScores(content: SelectionContent, given: ArrayLike<number>, unmet: ArrayLike<number>): Float64Array {
  return scoresOfCells(content, cellLogs(content, given), unmet)
}

function tableFor(content: SelectionContent): Table {
  const t = tableOf(content)
  if (!t) throw new Error('placement scores need a content with holders for every role')
  return t
}

const levelOf = (a: number): number => Math.min(4, Math.max(0, Math.round(a)))

/**
 * Each role × stage cell's log-likelihood of these answers (`given`, as placementScores reads
 * it), profile and holders together: what placementScores sums by role.
 */
export function cellLogs(content: SelectionContent, given: ArrayLike<number>): Float64Array {
  const t = tableFor(content)
  const cellCount = t.cellRole.length
  const log = new Float64Array(cellCount)
  for (let q = 0; q < content.questions.length; q++) {
    const a = given[q]!
    if (a < 0) continue
    const at = (q * LEVELS + levelOf(a)) * cellCount
    for (let c = 0; c < cellCount; c++) log[c]! += t.logLik[at + c]!
  }
  return log
}

/**
 * Moves `log` (cellLogs of some answers) in place to the same answers with question `q` (content
 * order) answered `to` instead of `from`: a few changed answers cost a few rows, not the whole quiz
 * (certainty.ts re-places 40 sets that each differ from the person's in three answers).
 */
export function moveCellLogs(content: SelectionContent, log: Float64Array, q: number, from: number, to: number): void {
  const t = tableFor(content)
  const cellCount = t.cellRole.length
  // −1 (not asked) adds nothing, as in cellLogs.
  const was = (q * LEVELS + levelOf(from)) * cellCount
  const now = (q * LEVELS + levelOf(to)) * cellCount
  for (let c = 0; c < cellCount; c++) log[c]! += (to < 0 ? 0 : t.logLik[now + c]!) - (from < 0 ? 0 : t.logLik[was + c]!)
}

/** Each role's placement score (content order) from its cells' logs (cellLogs), less UNMET_PENALTY times `unmet` (placementScores). */
function scoresOfCells(content: SelectionContent, log: Float64Array, unmet: ArrayLike<number>): Float64Array {
  const t = tableFor(content)
  let max = -Infinity
  for (const v of log) if (v > max) max = v
  const mass = new Float64Array(t.roles)
  for (let c = 0; c < log.length; c++) mass[t.cellRole[c]!]! += Math.exp(log[c]! - max)
  for (let r = 0; r < t.roles; r++) mass[r] = Math.log(mass[r]!) + max - UNMET_PENALTY * unmet[r]!
  return mass
}

/**
 * How likely each role's typical holders at each stage (HOLDER_BANDS: entry, mid, senior) were to
 * give these answers (`given`, as placementScores reads it): log-likelihoods by role, content
 * order, smoothed as placement smooths them; undefined for a content without holders. What
 * model/seniority.ts (holderStep) weighs against the skills' offset.
 */
export function stageLogs(content: SelectionContent, given: ArrayLike<number>): Float64Array[] | undefined {
  const t = tableOf(content)
  if (!t) return undefined
  return t.stages.map((stages) => {
    const out = new Float64Array(stages.length)
    for (let q = 0; q < content.questions.length; q++) {
      const a = given[q]!
      if (a < 0) continue
      const at = q * LEVELS + levelOf(a)
      for (let s = 0; s < stages.length; s++) out[s]! += stages[s]![at]!
    }
    return out
  })
}

/** The answer to each skill question in content order, −1 where not given. */
export function givenOf(content: SelectionContent, answers: Answers): Int32Array {
  return Int32Array.from(content.questions, (q) => answers[q.id] ?? -1)
}

/** Index of the best score; ties go to the role earlier in the content. */
export function bestIndex(scores: ArrayLike<number>): number {
  let best = 0
  for (let r = 1; r < scores.length; r++) if (scores[r]! > scores[best]!) best = r
  return best
}

/**
 * Index of the role placed first for these levels (`x`, sub-skill order) and answers: with
 * holders, the best placement score; without, the best fit (fit.ts, topRoleIndex's order).
 * `logs`: the answers' cell logs (cellLogs) when the caller has them already.
 */
export function placedIndex(
  content: SelectionContent,
  roles: readonly PreparedRole<unknown>[],
  x: Float64Array,
  given: ArrayLike<number>,
  known: Uint8Array | undefined,
  logs?: Float64Array,
): number {
  if (!placesWithHolders(content)) return topRoleIndex(roles, x, known)
  const unmet = roles.map((r) => unmetOf(r, x, known))
  return bestIndex(scoresOfCells(content, logs ?? cellLogs(content, given), unmet))
}

/**
 * The ranked roles in placement order, best first: with holders, by placement score (ties keep
 * the fit order); without, as ranked by fit.
 */
export function placeRoles(content: ScoringContent, answers: Answers, ranked: RoleFit[]): RoleFit[] {
  if (!placesWithHolders(content)) return ranked
  const index = new Map(content.roles.map((r, i) => [r.id, i]))
  const scores = scoresOf(content, answers, ranked, index)
  return ranked
    .map((r, order) => ({ r, order, score: scores[index.get(r.id)!]! }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ r }) => r)
}

/** Placement scores (content order) of these answers, each role's unmet must-haves as `roles` show them. */
function scoresOf(content: ScoringContent, answers: Answers, roles: RoleFit[], index: Map<string, number>): Float64Array {
  const unmet = new Float64Array(content.roles.length)
  for (const r of roles) unmet[index.get(r.id)!] = r.mustHaves.reduce((n, m) => n + (m.met ? 0 : unmetWeight(m.level)), 0)
  return placementScores(content, givenOf(content, answers), unmet)
}

/**
 * How far the top role's placement score is ahead of the next role's (a log odds: 2.5 is about
 * 12 to 1); Infinity for a content placed by fit alone, which has no such score.
 */
export function placementLead(content: ScoringContent, answers: Answers, roles: RoleFit[]): number {
  if (!placesWithHolders(content)) return Number.POSITIVE_INFINITY
  const index = new Map(content.roles.map((r, i) => [r.id, i]))
  const scores = scoresOf(content, answers, roles, index)
  const top = scores[index.get(roles[0]!.id)!]!
  let next = Number.NEGATIVE_INFINITY
  for (const r of roles.slice(1)) next = Math.max(next, scores[index.get(r.id)!]!)
  return top - next
}
