import type { AreaId } from './types'

/**
 * A level above what the profile expects in a sub-skill the role needs costs 1 − need/4: extra
 * depth in the role's core (need 3) is mostly growth and costs a quarter; extra depth in a skill
 * at the edge of the role (need 1) says the person's work is centred elsewhere and costs three
 * quarters.
 */
export const surplusWeight = (need: number): number => 1 - need / 4

/**
 * A level below what the profile expects costs (1 + need)/4, the mirror of surplusWeight: a
 * level short of the role's core (need 3) costs in full; one short of a skill at its edge (need
 * 1) costs half, since holders of the role differ most there. Until 6 December 2026 every
 * missing level cost 1, and people low on a role's edge skills (analysts who never needed the
 * maths, solutions architects who never built a pipeline) went to roles that do not list those
 * skills at all (docs/model.md).
 */
export const deficitWeight = (need: number): number => (1 + need) / 4

/**
 * A level in a sub-skill the role does not need at all costs as much as a missing level of the core: strength
 * the role does not use says the person's work is something else.
 */
export const UNUSED_WEIGHT = 1

/**
 * Levels that cost nothing in a sub-skill the role does not need. Elsewhere the first: everyone
 * dabbles a little. In communication the first two: their rungs (explained results outside your
 * field, planned a feature, proposed a goal, taught a group, agreed a scope with those asking,
 * knew the field well enough to spot an impossible result) are what most professionals have
 * done a few years in, so they say nothing against a role that does not centre on them. With
 * one free level an ordinary mid-level engineer paid for them in full and drifted to the roles
 * that list them (product manager, ML solutions architect): 6 December 2026, docs/model.md.
 */
export const FREE_LEVELS: Readonly<Record<AreaId, number>> = { stats: 1, ml: 1, swe: 1, infra: 1, comm: 2 }

/**
 * What one sub-skill's level `v` costs against a role: for a sub-skill it needs (`need` > 0),
 * its distance from the `expected` level (the need moved to the person's seniority), missing
 * levels by deficitWeight and extra ones by surplusWeight, but never for the area's `free` levels; for one
 * it does not need, every level past the `free` ones. A level beyond the profile never costs more
 * in a sub-skill the role needs a little than in one it does not need: before 6 December 2026 a role that needs comm-product at 1 paid for a 2,
 * which a role without it gets free, and a solutions architect or product owner who had planned
 * features paid more for their own role than for the product manager's.
 */
export function levelCost(need: number, expected: number, v: number, free: number): number {
  if (need === 0) return Math.max(0, v - free) * UNUSED_WEIGHT
  return v < expected ? deficitWeight(need) * (expected - v) : surplusWeight(need) * Math.max(0, v - Math.max(expected, free))
}
