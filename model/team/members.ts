import { MUST_LEVEL } from '../fit'
import { wholeLevel } from '../levels'
import { CORE_LEVEL } from '../seniority'
import type { AnyResult, ScoringContent } from '../types'
import type { MemberSnapshot, TopRole } from './types'

/**
 * What a team keeps of a member, from their result: the scores, position, fit per role and level
 * per sub-skill, under the member's id, name and time of joining. worker/team/service.ts stores it
 * when someone joins; web/compare/pair.ts reads a pair of results as a two-member team with it.
 */
export const memberOf = (
  result: Pick<AnyResult, 'scores' | 'spectrum' | 'roles' | 'subSkills' | 'certainty'>,
  member: Pick<MemberSnapshot, 'memberId' | 'name' | 'resultId' | 'joinedAt'>,
): MemberSnapshot => ({
  ...member,
  scores: result.scores,
  position: result.spectrum.position,
  fits: Object.fromEntries(result.roles.map((r) => [r.id, r.fit])),
  // Only measured levels: a sub-skill the member's adaptive path did not ask carries a level
  // expected from their other answers, which ranks their roles but credits a team with nothing.
  levels: Object.fromEntries(result.subSkills.filter((s) => s.asked !== false).map((s) => [s.id, s.level])),
  top: result.roles[0]?.id,
  ...(result.roles.every((r) => r.match !== undefined)
    ? { matches: Object.fromEntries(result.roles.map((r) => [r.id, r.match!])) }
    : {}),
  ...(result.certainty ? { certainty: result.certainty.kind } : {}),
})

/** A member covers a role they fit at least this well (results before content version 3 have only the fit). */
export const COVERS = 75

/**
 * A member covers a role's core when they have done its core sub-skills (need 3 as shown, levels.ts: wholeLevel) at that level,
 * with one of three or more a level short, and have at least CORE_MATCH of the role's mid-level
 * profile (the needs themselves, not a band's bar). The second condition keeps a role with a one-skill core (a product manager's
 * product sense) from being covered by anyone who has that one skill.
 */
export const CORE_MATCH = 0.8

/**
 * A member's best role: the top role of their result; for snapshots without it, the highest fit.
 * A best guess (the result's placement unclear) carries no match, as the result page shows none.
 */
export function topRole(content: ScoringContent, m: MemberSnapshot): TopRole {
  let best = content.roles.find((r) => r.id === m.top)
  if (!best) {
    best = content.roles[0]!
    for (const r of content.roles) if ((m.fits[r.id] ?? 0) > (m.fits[best.id] ?? 0)) best = r
  }
  const fit = m.fits[best.id] ?? 0
  const match = m.matches?.[best.id]
  // As the result page: a best guess shows no match; a version 2 result, which has none, its fit.
  if (m.certainty === 'unclear' && match !== undefined) return { id: best.id, name: best.name, fit, guess: true }
  return { id: best.id, name: best.name, fit, ...(match === undefined ? {} : { match }) }
}

/** Whether a member covers a role's core in their measured skills (see CORE_MATCH). */
export function coversCore(content: ScoringContent, m: MemberSnapshot, roleId: string): boolean {
  const role = content.roles.find((r) => r.id === roleId)
  if (!role) return false
  const needs = Object.entries(role.needs)
    .map(([id, n]) => [id, wholeLevel(n ?? 0)] as const)
    .filter(([, n]) => n > 0)
  const core = needs.filter(([, n]) => n >= CORE_LEVEL)
  const short = core.filter(([id]) => level(m, id) < CORE_LEVEL)
  if (short.length > (core.length >= 3 ? 1 : 0) || short.some(([id]) => level(m, id) < CORE_LEVEL - 1)) return false
  let have = 0
  let asks = 0
  for (const [id, n] of needs) {
    have += n * Math.min(1, level(m, id) / n)
    asks += n
  }
  return asks > 0 && have / asks >= CORE_MATCH
}

/**
 * Whether a member's own top role counts as covered: always on results before version 3, where a
 * role without its must-haves came first only when no role had them; from version 3 as the
 * member's result page reads it: not under an unclear placement (placement can put a role first
 * as a best guess without a core skill: model/placement.ts), and under a clear or close one even
 * for a newcomer with one core skill only started (model/certainty.ts). Snapshots kept before the
 * certainty was stored need the role's must-haves met in the member's measured levels.
 */
function topCovered(content: ScoringContent, m: MemberSnapshot, roleId: string): boolean {
  if (topRole(content, m).id !== roleId) return false
  if (m.matches === undefined) return true
  if (m.certainty !== undefined) return m.certainty !== 'unclear'
  const role = content.roles.find((r) => r.id === roleId)
  return role?.mustHaves.every((g) => (Array.isArray(g) ? g : [g]).some((id) => level(m, id) >= MUST_LEVEL)) === true
}

/** Whether a member covers a role: it is their own top role (topCovered), they cover its core, or (older results) fit it at least COVERS. */
export const covers = (content: ScoringContent, m: MemberSnapshot, roleId: string): boolean =>
  topCovered(content, m, roleId) || coversCore(content, m, roleId) || (m.matches === undefined && (m.fits[roleId] ?? 0) >= COVERS)

/** A member's level 0..4 in a sub-skill (0 when their quiz version or adaptive path did not ask it). */
export const level = (m: MemberSnapshot, subSkillId: string): number => m.levels[subSkillId] ?? 0

export const names = (ms: MemberSnapshot[]): string => ms.map((m) => m.name).join(', ')
