import { levelCost } from './cost'
import { MAX_LEVEL } from './levels'
import { matchOf, shortOf } from './match'
import { prepare, prepareRole, type PreparedRole } from './prepared'
import { CORE_LEVEL, holderStep, nearBand, offset, seniorityDelta, seniorityOf } from './seniority'
import { type AreaId, type ScoringContent, type Role, type RoleFit, SENIORITY_IDS } from './types'
import { matchBand } from './words'

/** Each clearly unmet must-have multiplies the fit by this: a role without its core is far away, whatever the shape. */
export const UNMET_FACTOR = 0.5
/** A must-have is met from this level on: done it yourself, on real work. */
export const MUST_LEVEL = 2
/** A must-have level from which a core skill counts as started: met it or used it with guidance. */
export const STARTED = 1
/** Mean cost per sub-skill at which the fit reaches 0. */
export const COST_SCALE = 1.5
/** Seniority moves the expected core level by at most this much down or up (core 3 → 1..4). */
const SHIFT_MIN = -2
const SHIFT_MAX = 1

/** Everything one role's fit is made of. */
export interface FitParts {
  /** Unrounded fit 0..1. */
  fit: number
  /** Seniority offset: mean level above (+) or below (−) the mid-level profile where the role needs something. */
  delta: number
  /** How many must-haves are clearly unmet (below level 2 in every sub-skill of the group). */
  unmet: number
}

/** Whether a must-have group is met: any of its sub-skills at MUST_LEVEL or above. */
export function groupMet(group: readonly number[], x: ArrayLike<number>): boolean {
  for (let k = 0; k < group.length; k++) if (x[group[k]!]! >= MUST_LEVEL) return true
  return false
}

/**
 * The sub-skills of a must-have group a result judges it on: on a path that skipped questions,
 * the asked ones if any was asked (never a level expected for the other), else the whole group.
 */
export function measuredOf(group: number[], known?: Uint8Array): number[] {
  const measured = known ? group.filter((i) => known[i]) : group
  return measured.length > 0 ? measured : group
}

/**
 * Fit of levels to a role, independent of seniority: the profile is first scaled to the
 * person's own offset on the role (a junior ML engineer is compared with an ML engineer a
 * level earlier in the core), then every sub-skill costs its distance from that profile —
 * missing and extra levels in a needed sub-skill by how central it is, levels in a
 * sub-skill the role does not use in full beyond its area's free levels (cost.ts). Each clearly
 * unmet must-have then halves the fit.
 */
export function fitParts(r: PreparedRole<unknown>, x: Float64Array, known?: Uint8Array): FitParts {
  const delta = offset(r, x, known)
  const scale = 1 + Math.min(SHIFT_MAX, Math.max(SHIFT_MIN, delta)) / CORE_LEVEL
  let cost = 0
  for (let i = 0; i < x.length; i++) {
    const n = r.need[i]!
    cost += levelCost(n, Math.min(MAX_LEVEL, n * scale), x[i]!, r.free[i]!)
  }
  let unmet = 0
  for (const g of r.mustHaves) if (!groupMet(g, x)) unmet++
  return { fit: Math.max(0, 1 - cost / (x.length * COST_SCALE)) * UNMET_FACTOR ** unmet, delta, unmet }
}

/** Unrounded fit 0..1 of sub-skill levels to a role (any role, prepared on the fly). */
export function rawFit(role: Role, levels: Record<string, number>, subSkills: ScoringContent['subSkills']): number {
  const r = prepareRole(role, subSkills)
  return fitParts(
    r,
    Float64Array.from(subSkills, (s) => levels[s.id] ?? 0),
  ).fit
}

/** Fit as shown: a whole number 0..100. */
export const fitPercent = (raw: number): number => Math.round(raw * 100)

/** A role with its fit parts, for ranking. */
export interface Ranked {
  r: PreparedRole
  parts: FitParts
}

/**
 * Roles best first: every role whose must-haves are met comes before any role with a clearly
 * unmet one; within each group by fit; equal fits keep the content's role order.
 */
export function rank(roles: PreparedRole[], x: Float64Array, known?: Uint8Array): Ranked[] {
  const out = roles.map((r) => ({ r, parts: fitParts(r, x, known) }))
  out.sort((a, b) => Number(a.parts.unmet > 0) - Number(b.parts.unmet > 0) || b.parts.fit - a.parts.fit || a.r.order - b.r.order)
  return out
}

/** Id of the top role only, for the stability check's many re-rankings. */
export function topRoleIndex(roles: readonly PreparedRole<unknown>[], x: Float64Array, known?: Uint8Array): number {
  let best = -1
  let bestMet = false
  let bestFit = -1
  for (let k = 0; k < roles.length; k++) {
    const p = fitParts(roles[k]!, x, known)
    const met = p.unmet === 0
    if ((met && !bestMet) || (met === bestMet && p.fit > bestFit)) {
      best = k
      bestMet = met
      bestFit = p.fit
    }
  }
  return best
}

/**
 * Every role with its fit, seniority, must-haves and reasons, best first. `known` marks the
 * sub-skills asked on a path that skipped some (seniority.ts); `mentoring` is the answer to the
 * seniority question, which moves only the band.
 */
export function rankRoles(
  content: ScoringContent,
  x: Float64Array,
  known?: Uint8Array,
  mentoring?: number,
  stages?: readonly ArrayLike<number>[],
): RoleFit[] {
  const p = prepare(content)
  return rank(p.roles, x, known).map(({ r, parts }) => {
    const delta = seniorityDelta(parts.delta, mentoring)
    const byOffset = seniorityOf(delta)
    // The holders may move the band a step (seniority.ts, holderStep); the offset's band is then
    // shown beside it as a range, since the two readings disagree.
    const seniority = holderStep(byOffset, stages?.[r.order])
    const near = seniority === byOffset ? nearBand(delta) : byOffset
    const band = matchBand({ seniority, nearBand: near })
    const match = fitPercent(matchOf(r, x, band, known))
    // A match of 100 % says nothing more about the role; the band above still tells such roles apart.
    const above = match === 100 ? SENIORITY_IDS[SENIORITY_IDS.indexOf(band) + 1] : undefined
    return {
      id: r.role.id,
      name: r.role.name,
      fit: fitPercent(parts.fit),
      match,
      ...(above
        ? {
            matchAbove: {
              band: above,
              match: fitPercent(matchOf(r, x, above, known)),
              short: shortOf(r, x, above, known).map((i) => ({
                subSkill: content.subSkills[i]!.id,
                name: content.subSkills[i]!.name,
                level: x[i]!,
              })),
            },
          }
        : {}),
      seniority,
      ...(near ? { nearBand: near } : {}),
      placement: r.role.placement,
      mustHaves: r.mustHaves.map((g) => {
        // What is shown is measured: a group with any sub-skill asked is judged on those alone,
        // never on a level expected for its other one ("Building predictive models or deep
        // learning" asked only about models).
        const shown = measuredOf(g, known)
        const best = shown.reduce((a, b) => (x[b]! > x[a]! ? b : a))
        return {
          subSkill: content.subSkills[best]!.id,
          // "Building predictive models or deep learning": names after the first start in lower case.
          name: g.map((i, k) => lowerAfterFirst(content.subSkills[i]!.name, k)).join(' or '),
          level: x[best]!,
          need: r.shown[g[0]!]!,
          met: groupMet(shown, x),
          ...(known && !g.some((i) => known[i]) ? { asked: false as const } : {}),
        }
      }),
      summary: r.role.summary,
      dayToDay: r.role.dayToDay,
      drivers: drivers(content, r, x),
      gaps: gaps(content, r, x, known),
    }
  })
}

/** Areas where the role needs something and the person covers most of it, strongest first. */
function drivers(content: ScoringContent, r: PreparedRole, x: Float64Array): RoleFit['drivers'] {
  const byArea = prepare(content).byArea
  return content.areas
    .map((a, k) => {
      let need = 0
      let met = 0
      for (const i of byArea[k]!) {
        need += r.shown[i]!
        met += Math.min(r.shown[i]!, x[i]!)
      }
      return { area: a.id as AreaId, name: a.name, need, covered: need === 0 ? 0 : Math.round((met / need) * 100) }
    })
    .filter((d) => d.need >= 4 && d.covered >= 60)
    .sort((a, b) => b.need * b.covered - a.need * a.covered)
    .slice(0, 2)
    .map(({ area, name, covered }) => ({ area, name, covered }))
}

/** The three measured sub-skills furthest below the whole levels the role asks at mid level; must-haves first on ties. */
function gaps(content: ScoringContent, r: PreparedRole, x: Float64Array, known?: Uint8Array): RoleFit['gaps'] {
  const out: { i: number; need: number; short: number; must: boolean }[] = []
  for (let i = 0; i < x.length; i++) {
    const need = r.shown[i]!
    if (need > x[i]! && (!known || known[i]))
      out.push({ i, need, short: need - x[i]!, must: r.mustHaves.some((g) => g.includes(i)) })
  }
  return out
    .sort((a, b) => b.short - a.short || Number(b.must) - Number(a.must) || r.need[b.i]! - r.need[a.i]! || a.i - b.i)
    .slice(0, 3)
    .map(({ i, need }) => ({ subSkill: content.subSkills[i]!.id, name: content.subSkills[i]!.name, level: x[i]!, need }))
}

/** A sub-skill's name inside a sentence: the first keeps its capital, later ones lose it. */
const lowerAfterFirst = (name: string, index: number): string =>
  index === 0 ? name : name.charAt(0).toLowerCase() + name.slice(1)
