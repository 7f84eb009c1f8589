import type { AnyResult, ScoringContent } from '../types'
import type { MemberSnapshot } from './types'

/**
 * What a team keeps of a member, from their result: the scores, position, fit per role and level
 * per sub-skill, under the member's id, name and time of joining. worker/team/service.ts stores it
 * when someone joins; web/compare/pair.ts reads a pair of results as a two-member team with it.
 */
export const memberOf = (
  result: Pick<AnyResult, 'scores' | 'spectrum' | 'roles' | 'subSkills'>,
  member: Pick<MemberSnapshot, 'memberId' | 'name' | 'resultId' | 'joinedAt'>,
): MemberSnapshot => ({
  ...member,
  scores: result.scores,
  position: result.spectrum.position,
  fits: Object.fromEntries(result.roles.map((r) => [r.id, r.fit])),
  levels: Object.fromEntries(result.subSkills.map((s) => [s.id, s.level])),
})

/** A member covers a role they fit at least this well, or their own top role. */
export const COVERS = 75

/** A member's best role: highest fit, ties by the content's role order. */
export function topRole(content: ScoringContent, m: MemberSnapshot): { id: string; name: string; fit: number } {
  let best = content.roles[0]!
  for (const r of content.roles) if ((m.fits[r.id] ?? 0) > (m.fits[best.id] ?? 0)) best = r
  return { id: best.id, name: best.name, fit: m.fits[best.id] ?? 0 }
}

/** Whether a member covers a role: it is their own top role, or they fit it at least COVERS. */
export const covers = (content: ScoringContent, m: MemberSnapshot, roleId: string): boolean =>
  topRole(content, m).id === roleId || (m.fits[roleId] ?? 0) >= COVERS

/** A member's level 0..4 in a sub-skill (0 when their quiz version did not ask it). */
export const level = (m: MemberSnapshot, subSkillId: string): number => m.levels[subSkillId] ?? 0

export const names = (ms: MemberSnapshot[]): string => ms.map((m) => m.name).join(', ')
