import { MAX_LEVEL } from './levels'
import type { AreaId, Content, Role, RoleFit } from './types'

/** A level missing from what a role needs costs this much... */
export const SHORTFALL_WEIGHT = 1
/** ...and a level beyond it this much: surplus matters, but less. */
export const SURPLUS_WEIGHT = 0.35

/** Share of the fit that comes from levels; the rest comes from the profile's shape. */
export const LEVEL_SHARE = 0.5

/**
 * Unrounded fit 0..1 of a person to a role: mostly whether their levels meet the role's
 * needs (levelFit), partly whether their strengths lie where the role's do (shapeFit), so
 * that a junior ML engineer still looks most like an ML engineer, only earlier on the path.
 */
export function rawFit(role: Role, levels: Record<string, number>): number {
  return LEVEL_SHARE * levelFit(role, levels) + (1 - LEVEL_SHARE) * shapeFit(role, levels)
}

/**
 * How much of the role's needs the levels meet, 0..1: each missing level costs
 * SHORTFALL_WEIGHT, each level beyond a need SURPLUS_WEIGHT, scaled by the worst case.
 */
export function levelFit(role: Role, levels: Record<string, number>): number {
  let penalty = 0
  let worst = 0
  for (const [id, need] of Object.entries(role.needs)) {
    const level = levels[id] ?? 0
    penalty += need > level ? SHORTFALL_WEIGHT * (need - level) : SURPLUS_WEIGHT * (level - need)
    worst += Math.max(SHORTFALL_WEIGHT * need, SURPLUS_WEIGHT * (MAX_LEVEL - need))
  }
  return worst === 0 ? 1 : 1 - penalty / worst
}

/**
 * Correlation between the levels and the role's needs across sub-skills, mapped to 0..1
 * (0.5 when either is flat and has no shape to compare).
 */
export function shapeFit(role: Role, levels: Record<string, number>): number {
  const ids = Object.keys(role.needs)
  const xs = ids.map((id) => levels[id] ?? 0)
  const ys = ids.map((id) => role.needs[id] ?? 0)
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length
  const mx = mean(xs)
  const my = mean(ys)
  let sxy = 0
  let sxx = 0
  let syy = 0
  for (let i = 0; i < ids.length; i++) {
    const dx = xs[i]! - mx
    const dy = ys[i]! - my
    sxy += dx * dy
    sxx += dx * dx
    syy += dy * dy
  }
  if (sxx === 0 || syy === 0) return 0.5
  return (1 + sxy / Math.sqrt(sxx * syy)) / 2
}

/** Fit as shown: a whole number 0..100. */
export const fitPercent = (raw: number): number => Math.round(raw * 100)

/** Every role with its fit and reasons, best first; equal fits keep the content's role order. */
export function rankRoles(content: Content, levels: Record<string, number>): RoleFit[] {
  const ranked = content.roles.map((role, order) => ({ role, order, raw: rawFit(role, levels) }))
  ranked.sort((a, b) => b.raw - a.raw || a.order - b.order)
  return ranked.map(({ role, raw }) => ({
    id: role.id,
    name: role.name,
    fit: fitPercent(raw),
    summary: role.summary,
    dayToDay: role.dayToDay,
    drivers: drivers(content, role, levels),
    gaps: gaps(content, role, levels),
  }))
}

/** Areas where the role needs something and the person covers most of it, strongest first. */
function drivers(content: Content, role: Role, levels: Record<string, number>): RoleFit['drivers'] {
  return content.areas
    .map((area) => {
      const own = content.subSkills.filter((s) => s.area === area.id)
      const need = own.reduce((sum, s) => sum + (role.needs[s.id] ?? 0), 0)
      const met = own.reduce((sum, s) => sum + Math.min(role.needs[s.id] ?? 0, levels[s.id] ?? 0), 0)
      return { area: area.id as AreaId, name: area.name, need, covered: need === 0 ? 0 : Math.round((met / need) * 100) }
    })
    .filter((d) => d.need >= 4 && d.covered >= 60)
    .sort((a, b) => b.need * b.covered - a.need * a.covered)
    .slice(0, 2)
    .map(({ area, name, covered }) => ({ area, name, covered }))
}

/** The three sub-skills with the largest shortfall against the role, in content order on ties. */
function gaps(content: Content, role: Role, levels: Record<string, number>): RoleFit['gaps'] {
  return content.subSkills
    .map((s, order) => ({ s, order, level: levels[s.id] ?? 0, need: role.needs[s.id] ?? 0 }))
    .filter((g) => g.need > g.level)
    .sort((a, b) => b.need - b.level - (a.need - a.level) || b.need - a.need || a.order - b.order)
    .slice(0, 3)
    .map(({ s, level, need }) => ({ subSkill: s.id, name: s.name, level, need }))
}
