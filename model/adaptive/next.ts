import type { Answers } from '../types'
import { MAX_LEVEL } from '../levels'
import { cellsOf, type SelectionContent } from './cells'
import { fnv1a, generator } from '../perturb'
import { answeredIndices, entropy, informationGain, log2Of, posterior, roleMass } from './posterior'
import { shownRole } from './shown'

/**
 * Every path answers at least this many questions in each area, so area scores are measured. Two
 * until the quiz asked by the holders' answers and stopped after 13 questions at the median
 * (7 December 2026): an area's score then often rested on two answers, and on the first 1,430
 * typical people 1,035 of 7,150 area scores were 15 points or more from the full quiz's. At three,
 * 629, and leaving each group out of 1,550: 1,464 placed right on the adaptive path against 1,458,
 * 32 `clear` wrongly against 44, for a median of 17 questions instead of 13 (4:34 against 3:29);
 * judged on groups 51 and 52 (test/fixtures/holdout51-people-log.md).
 */
export const MIN_PER_AREA = 3
/** The skill questions stop here whatever the answers (the full quiz has 30); the seniority question follows. */
export const CAP = 20
/**
 * Questions before the cap (after the areas' minimums) kept for must-haves not yet asked: at most
 * this many, as many as the leading and the shown role still lack (three each at most).
 */
export const RESERVED = 6
/**
 * The quiz stops once one role holds this share of the posterior... 90 % until the posterior
 * weighed the holders (cells.ts, 7 December 2026), which settles it sooner and surer: leaving each
 * group out, at 90 % 1,334 of 1,430 typical people were placed right on the adaptive path with 53
 * `clear` wrongly, at 98 % 1,345 with 43, about a question more (test/fixtures/holdout47-people-log.md).
 */
export const STOP_MASS = 0.98
/** ...or once no question left would tell more than this many bits about the placement. */
export const MIN_GAIN = 0.05
/*
 * Until three questions an area (7 December 2026) the quiz also asked on, up to 14 skill questions,
 * while no cell explained the answers well (the best cell's mean log-likelihood per answer below
 * −1.2), so an honest but uncommon mix could show its pattern before the stop. Every path now asks
 * at least 15 before it may stop, so that rule could no longer act and was removed; certainty.ts
 * still calls a path that fits below MISFIT `unclear`.
 */

/**
 * Continuations of the path simulated for the estimate of how many questions are left. More
 * gives a steadier estimate at a proportional cost (about 0.1 ms each per step; test/bench).
 */
export const SIMULATIONS = 8
/**
 * ...and before the first answer, when the posterior is widest and every person sees the same
 * estimate (stored with the content as `startLeft`: estimateStartLeft). Computed once per
 * content, so it can afford many: 64 runs once said 12.8 where 1,024 and 2,048 said 13.7 to 13.8.
 */
export const START_SIMULATIONS = 1024

/**
 * Share of a simulated continuation's answers drawn at random rather than from the placement's
 * answer probabilities. With the role profiles read from the articles alone, people scattered
 * more than the cells expected and the estimate ran short without it (set to 0.1 on the first
 * four groups: at the first question 1.5 too few, 0.5 with it). Since the profiles blend in what
 * the typical holders have done (6 December 2026) the cells expect people as they answer, and any
 * scatter made the estimate run long: over all 650 typical people +0.24 a question at 0.1, +0.12
 * at 0.05, −0.02 at 0 (mean error 1.80, 1.78, 1.75; −0.03 and 1.74 once the cap kept room for must-haves). Kept as a setting, at 0.
 */
export const SCATTER = 0

/**
 * ...and the share that follows the placement's likeliest answer. Once a missing level of an edge
 * skill cost half (model/cost.ts, 6 December 2026), the cells expect wider answers there than
 * people give, and drawing every answer from them ran long: over 710 typical people +0.36 a
 * question at 0, +0.15 at 0.15, −0.04 at 0.3 (mean error 1.65, 1.62, 1.57). It moves only this
 * estimate, never which question comes next or when the quiz stops.
 */
export const STEADY = 0.3

/** Why a path stopped. */
export type StopReason = 'settled' | 'no-gain' | 'cap' | 'all'

export interface Step {
  /** Id of the question to ask next; null once the path has stopped. */
  next: string | null
  answered: number
  done: boolean
  reason?: StopReason
  /** Questions still to come if answers go as the posterior expects, the next included (0 once done). */
  remaining: number
  /** Questions still to come at most, the next included: the cap bounds every path (0 once done). */
  atMost: number
  /** Whether the next question ends the path whatever its answer (false once done). */
  last: boolean
}

const starts = new WeakMap<SelectionContent, number[]>()

/**
 * The fixed start: in each area, the question that tells most about the placement before any
 * answer. Everyone sees these five first, in area order.
 */
export function startQuestions(content: SelectionContent): number[] {
  const hit = starts.get(content)
  if (hit) return hit
  const cells = cellsOf(content)
  const prior = posterior(content, {})
  const out = content.areas.map((area) => {
    let best = -1
    let bestGain = -Infinity
    content.questions.forEach((q, i) => {
      if (q.area !== area.id) return
      const g = informationGain(cells, prior, i)
      if (g > bestGain + 1e-12) {
        best = i
        bestGain = g
      }
    })
    return best
  })
  starts.set(content, out)
  return out
}

/** Answers per area, and how many more the areas below MIN_PER_AREA still need. */
function stateOf(content: SelectionContent, answered: Set<number>) {
  const perArea = content.areas.map((a) => content.questions.filter((q, i) => q.area === a.id && answered.has(i)).length)
  const short = perArea.reduce((s, n) => s + Math.max(0, MIN_PER_AREA - n), 0)
  return { perArea, short }
}

/**
 * One step of the rule on a set of answers: the next question's index, or why the path stops.
 * Pure and order-free: the same answers, in any order, give the same step.
 */
function decide(content: SelectionContent, answers: Answers): { next: number } | { stop: StopReason } {
  const answered = new Set(answeredIndices(content, answers))
  const total = content.questions.length
  if (answered.size >= total) return { stop: 'all' }
  for (const s of startQuestions(content)) if (!answered.has(s)) return { next: s }
  const cells = cellsOf(content)
  const p = posterior(content, answers)
  const { perArea, short } = stateOf(content, answered)
  const roles = roleMass(cells, p, content.roles.length)
  const top = Math.max(...roles)
  if (answered.size >= CAP && short === 0) return { stop: 'cap' }
  // A placement never rests on a core skill nobody asked: each must-have of the leading role,
  // and of the role the result will show first where the fit ranks another first, gets its
  // question (the one that tells most) before the path stops...
  // Computed at most once a step: the reserve below and the stop both read it.
  let cores: number[][] | undefined
  const core = (): number[][] => {
    if (cores) return cores
    const lead = unaskedCore(content, answered, roles.indexOf(top))
    const shown = unaskedCore(content, answered, shownRole(content, cells, p, answers))
    cores = [...lead, ...shown.filter((g) => !lead.some((l) => l[0] === g[0]))]
    return cores
  }
  const stopOr = (stop: StopReason): { next: number } | { stop: StopReason } => {
    const groups = core()
    return groups.length === 0 ? { stop } : { next: mostTelling(groups.flat(), cells, p).best }
  }
  // ...and the last questions before the cap are kept for them, after the areas' minimums.
  const room = CAP - answered.size - short
  if (room > 0 && room <= RESERVED) {
    const groups = core()
    if (groups.length >= room) return { next: mostTelling(groups.flat(), cells, p).best }
  }
  if (short === 0 && top >= STOP_MASS) return stopOr('settled')
  // Once the answers have settled (or the cap is near), only areas still below the minimum may be asked.
  const onlyShort = short > 0 && (top >= STOP_MASS || CAP - answered.size <= short)
  const open = content.questions.flatMap((q, i) =>
    answered.has(i) || (onlyShort && perArea[content.areas.findIndex((a) => a.id === q.area)]! >= MIN_PER_AREA) ? [] : [i],
  )
  const { best, gain } = mostTelling(open, cells, p)
  if (short === 0 && gain < MIN_GAIN) return stopOr('no-gain')
  return { next: best }
}

/** The questions of each must-have of role `r` none of whose sub-skills has an answer yet, one list per must-have. */
function unaskedCore(content: SelectionContent, answered: Set<number>, r: number): number[][] {
  const out: number[][] = []
  for (const m of content.roles[r]!.mustHaves) {
    const group: readonly string[] = typeof m === 'string' ? [m] : m
    const qs = content.questions.flatMap((q, i) => (group.includes(q.subSkill) ? [i] : []))
    if (!qs.some((i) => answered.has(i))) out.push(qs)
  }
  return out
}

/** Of `qs`, the question with the largest expected information gain, and that gain (ties: the first in `qs`). */
function mostTelling(qs: number[], cells: ReturnType<typeof cellsOf>, p: Float64Array): { best: number; gain: number } {
  const logP = log2Of(p)
  const now = entropy(p)
  let best = -1
  let gain = -Infinity
  for (const i of qs) {
    const g = informationGain(cells, p, i, logP, now)
    if (g > gain + 1e-12) {
      best = i
      gain = g
    }
  }
  return { best, gain }
}

/**
 * The adaptive quiz's next step for a set of answers (question id → 0..4; unknown ids are
 * ignored): the fixed start, then the question with the largest expected information gain
 * about the role × seniority placement, until one role holds STOP_MASS of the posterior, no
 * question would tell MIN_GAIN bits more, or CAP questions are answered; never before the
 * leading role's must-haves each have an answer (while the cap allows), nor before every
 * area has MIN_PER_AREA answers. `remaining` is the mean length of simulated continuations
 * (expectedLeft), to say about how many questions are left.
 */
export function nextStep(content: SelectionContent, answers: Answers): Step {
  const answered = new Set(answeredIndices(content, answers))
  // The seniority question comes after the skill questions, so it is the last of every path.
  const closing = content.seniorityQuestion
  const toClose = closing && answers[closing.id] === undefined ? 1 : 0
  const count = answered.size + (closing && !toClose ? 1 : 0)
  const first = decide(content, answers)
  if ('stop' in first) {
    if (closing && toClose) return { next: closing.id, answered: count, done: false, remaining: 1, atMost: 1, last: true }
    return { next: null, answered: count, done: true, reason: first.stop, remaining: 0, atMost: 0, last: false }
  }
  const nextId = content.questions[first.next]!.id
  // Near or past the cap, only the fixed start's missing questions and areas short of their
  // minimum are asked; past it is an answer set no path gives, but the API may be sent one.
  const forced = startQuestions(content).filter((q) => !answered.has(q)).length + stateOf(content, answered).short
  const atMost = Math.max(Math.min(CAP, content.questions.length) - answered.size, forced)
  const last = !toClose && endsPath(content, answers, first.next)
  return {
    next: nextId,
    answered: count,
    done: false,
    remaining: (last ? 1 : Math.min(atMost, Math.round(likelyLeft(content, answers, answered.size, first.next)))) + toClose,
    atMost: atMost + toClose,
    last,
  }
}

/** Whether answering question `q` stops the path, whatever the answer. */
function endsPath(content: SelectionContent, answers: Answers, q: number): boolean {
  const id = content.questions[q]!.id
  for (let a = 0; a <= MAX_LEVEL; a++) {
    const path = { ...answers, [id]: a }
    if (!('stop' in decide(content, path))) return false
  }
  return true
}

/**
 * Questions likely left, the next one (`next`) included: the mean length of `runs`
 * continuations under the same rule, each answering as a person of one placement would (a
 * placement drawn from the posterior, stratified so the draws cover it evenly, and each
 * answer drawn from that placement's answer probabilities, or at random for a SCATTER share, or the
 * likeliest for a STEADY share). Following only the likeliest
 * answers settles much faster than people do, since real answers scatter around a placement:
 * at the first question it said 11 more where 14.6 came on average for the typical people.
 * Seeded by the answers, so the same answers always give the same estimate.
 */
function expectedLeft(content: SelectionContent, answers: Answers, next: number, runs: number): number {
  const cells = cellsOf(content)
  const p = posterior(content, answers)
  // 1 for a question not answered, 2..6 for an answer 0..4: a missing answer and a 0 differ.
  const random = generator(fnv1a(content.questions.map((q) => (answers[q.id] ?? -1) + 2)))
  let total = 0
  for (let k = 0; k < runs; k++) {
    const c = cellAt(p, (k + random()) / runs)
    const path: Answers = { ...answers }
    let q = next
    for (;;) {
      total++
      const at = (c * cells.questions + q) * (MAX_LEVEL + 1)
      const u = random()
      path[content.questions[q]!.id] =
        u < SCATTER
          ? Math.floor(random() * (MAX_LEVEL + 1))
          : u < SCATTER + STEADY
            ? likeliest(cells.lik, at)
            : answerAt(cells.lik, at, random())
      const step = decide(content, path)
      if ('stop' in step) break
      q = step.next
    }
  }
  return total / runs
}

const startLeft = new WeakMap<SelectionContent, number>()

/**
 * Questions likely left before the first answer, the first included: START_SIMULATIONS runs,
 * which cost a few hundred milliseconds, so the content stores the figure (`startLeft`, checked by
 * test/model/adaptive.test.ts) and this runs only for content without it, once.
 */
export function estimateStartLeft(content: SelectionContent): number {
  let left = startLeft.get(content)
  if (left === undefined) {
    left = expectedLeft(content, {}, startQuestions(content)[0]!, START_SIMULATIONS)
    startLeft.set(content, left)
  }
  return left
}

/** expectedLeft with SIMULATIONS runs, or the content's start figure before the first skill answer. */
function likelyLeft(content: SelectionContent, answers: Answers, answered: number, next: number): number {
  if (answered > 0) return expectedLeft(content, answers, next, SIMULATIONS)
  return content.startLeft ?? estimateStartLeft(content)
}

/** The cell at quantile `u` (0..1) of the distribution `p`. */
function cellAt(p: Float64Array, u: number): number {
  let c = 0
  for (let sum = p[0]!; sum < u && c < p.length - 1; sum += p[++c]!);
  return c
}

/** The likeliest of the five answers whose probabilities start at `at` (the lower on a tie). */
function likeliest(lik: Float64Array, at: number): number {
  let best = 0
  for (let a = 1; a <= MAX_LEVEL; a++) if (lik[at + a]! > lik[at + best]!) best = a
  return best
}

/** The answer at quantile `u` of the five answer probabilities starting at `at`. */
function answerAt(lik: Float64Array, at: number, u: number): number {
  let a = 0
  for (let sum = lik[at]!; sum < u && a < MAX_LEVEL; sum += lik[at + ++a]!);
  return a
}

/**
 * Whether a set of answers has reached the adaptive path's stop (the full set always has). The
 * seniority question is not required: the quiz always asks it, but without it the seniority
 * band rests on the skills alone, as it did before the question existed.
 */
export function isComplete(content: SelectionContent, answers: Answers): boolean {
  return 'stop' in decide(content, answers)
}

/**
 * The path again after an earlier answer changed: `fixed` holds the answers up to and including
 * the changed one, `earlier` every answer the person gave before. The rule is followed from the
 * fixed answers; a question it asks that already has an earlier answer keeps it, and the path
 * ends at the first question that has none (the one to show next) or where the quiz stops.
 * Earlier answers to questions the rule no longer asks are dropped, so what is sent is a path
 * the rule would take. Pure: the same answers give the same path.
 */
export function replayPath(
  content: SelectionContent,
  fixedOrder: readonly string[],
  fixed: Answers,
  earlier: Answers,
): { path: string[]; answers: Answers } {
  const answers: Answers = { ...fixed }
  const path = [...fixedOrder]
  for (let id = askNext(content, answers); id !== null; id = askNext(content, answers)) {
    path.push(id)
    const kept = earlier[id]
    if (kept === undefined) break
    answers[id] = kept
  }
  return { path, answers }
}

/** The question the rule asks next (the seniority question once the skill questions stop), or null once done. */
function askNext(content: SelectionContent, answers: Answers): string | null {
  const step = decide(content, answers)
  if (!('stop' in step)) return content.questions[step.next]!.id
  const closing = content.seniorityQuestion
  return closing && answers[closing.id] === undefined ? closing.id : null
}
