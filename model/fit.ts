import { prepare, prepareRole, SHORTFALL_WEIGHT, SURPLUS_WEIGHT, type PreparedRole } from './prepared'
import type { AreaId, Content, Role, RoleFit } from './types'


/** Share of the fit that comes from levels; the rest comes from the profile's shape. */
export const LEVEL_SHARE = 0.5

/** The running sums a fit is made of; growth paths update them one sub-skill at a time. */
export interface FitSums {
  penalty: number
  sx: number
  sxx: number
  sxy: number
}

export function fitSums(r: PreparedRole, x: Float64Array): FitSums {
  let penalty = 0
  let sx = 0
  let sxx = 0
  let sxy = 0
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!
    const n = r.need[i]!
    penalty += n > v ? SHORTFALL_WEIGHT * (n - v) : SURPLUS_WEIGHT * (v - n)
    sx += v
    sxx += v * v
    sxy += v * n
  }
  return { penalty, sx, sxx, sxy }
}

/**
 * Unrounded fit 0..1 from the sums: half level fit, half shape fit.
 * - Level fit: each level missing from a need costs SHORTFALL_WEIGHT, each level beyond it
 *   SURPLUS_WEIGHT, scaled by the role's worst case.
 * - Shape fit: the correlation between levels and needs across sub-skills, mapped to 0..1
 *   (0.5 when either is flat), so that a junior ML engineer still looks most like an ML
 *   engineer, only earlier on the path.
 */
export const fitFromSums = (r: PreparedRole, s: FitSums): number => fitOf(r, s.penalty, s.sx, s.sxx, s.sxy)

/** fitFromSums with the sums as plain numbers, for the hot loop of growth paths. */
export function fitOf(r: PreparedRole, penalty: number, sx: number, sxx: number, sxy: number): number {
  const n = r.need.length
  const level = r.worst === 0 ? 1 : 1 - penalty / r.worst
  const vx = n * sxx - sx * sx
  const vy = r.spread
  const shape = vx <= 1e-9 || vy <= 1e-9 ? 0.5 : (1 + (n * sxy - sx * r.sumNeed) / Math.sqrt(vx * vy)) / 2
  return LEVEL_SHARE * level + (1 - LEVEL_SHARE) * Math.min(1, Math.max(0, shape))
}

/** Unrounded fit 0..1 of sub-skill levels to a role (any role, prepared on the fly). */
export function rawFit(role: Role, levels: Record<string, number>): number {
  const ids = Object.keys(role.needs)
  const r = prepareRole(role, ids)
  const x = Float64Array.from(ids, (id) => levels[id] ?? 0)
  return fitFromSums(r, fitSums(r, x))
}

/** Fit as shown: a whole number 0..100. */
export const fitPercent = (raw: number): number => Math.round(raw * 100)

/** Every role with its fit and reasons, best first; equal fits keep the content's role order. */
export function rankRoles(content: Content, x: Float64Array): RoleFit[] {
  const p = prepare(content)
  const ranked = p.roles.map((r) => ({ r, raw: fitFromSums(r, fitSums(r, x)) }))
  ranked.sort((a, b) => b.raw - a.raw || a.r.order - b.r.order)
  return ranked.map(({ r, raw }) => ({
    id: r.role.id,
    name: r.role.name,
    fit: fitPercent(raw),
    summary: r.role.summary,
    dayToDay: r.role.dayToDay,
    drivers: drivers(content, r, x),
    gaps: gaps(content, r, x),
  }))
}

/** Areas where the role needs something and the person covers most of it, strongest first. */
function drivers(content: Content, r: PreparedRole, x: Float64Array): RoleFit['drivers'] {
  const byArea = prepare(content).byArea
  return content.areas
    .map((a, k) => {
      let need = 0
      let met = 0
      for (const i of byArea[k]!) {
        need += r.need[i]!
        met += Math.min(r.need[i]!, x[i]!)
      }
      return { area: a.id as AreaId, name: a.name, need, covered: need === 0 ? 0 : Math.round((met / need) * 100) }
    })
    .filter((d) => d.need >= 4 && d.covered >= 60)
    .sort((a, b) => b.need * b.covered - a.need * a.covered)
    .slice(0, 2)
    .map(({ area, name, covered }) => ({ area, name, covered }))
}

/** The three sub-skills with the largest shortfall against the role, in content order on ties. */
function gaps(content: Content, r: PreparedRole, x: Float64Array): RoleFit['gaps'] {
  const out: { i: number; short: number }[] = []
  for (let i = 0; i < x.length; i++) if (r.need[i]! > x[i]!) out.push({ i, short: r.need[i]! - x[i]! })
  return out
    .sort((a, b) => b.short - a.short || r.need[b.i]! - r.need[a.i]! || a.i - b.i)
    .slice(0, 3)
    .map(({ i }) => ({ subSkill: content.subSkills[i]!.id, name: content.subSkills[i]!.name, level: x[i]!, need: r.need[i]! }))
}
