import type { ScoringContent } from '../types'
import type { MemberSnapshot } from './types'

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
