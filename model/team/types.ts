import type { AreaId, SettingId } from '../types'

/**
 * Words used in this folder, one meaning each:
 * - member: a person on a team, as the team keeps them (`MemberSnapshot`);
 * - need: something a team setting asks of the team as a whole (`TeamNeed`);
 * - covers: a member covers a role when it is their top role or they fit it at least COVERS;
 * - hire: the one role the team should add next, with the need it closes.
 */

/** What a team keeps of each member's result: enough to map the team, nothing more. */
export interface MemberSnapshot {
  memberId: string
  name: string
  resultId: string
  joinedAt: string
  scores: Record<AreaId, number>
  position: number
  /** Fit 0..100 for every role, by role id. */
  fits: Record<string, number>
  /** Sub-skill levels 0..4, by sub-skill id. */
  levels: Record<string, number>
}

/** A member as the team map lists them. */
export interface TeamMember {
  memberId: string
  name: string
  resultId: string
  topRole: { id: string; name: string; fit: number }
  position: number
}

/** Which article a need comes from. */
export type NeedSource = 'seed-000' | 'seed-002' | 'seed-003'

export interface TeamNeed {
  id: string
  text: string
  met: boolean
  detail: string
  source: NeedSource
}

export interface Hire {
  role: string
  name: string
  reason: string
  closes: string
}

export interface Bridge {
  id: string
  name: string
  between: string
  explanation: string
  members: string[]
}

export interface TeamView {
  setting: SettingId
  settingName: string
  members: TeamMember[]
  coverage: Record<AreaId, number>
  spread: Record<AreaId, number>
  roles: { id: string; name: string; members: string[] }[]
  overlaps: { id: string; name: string; members: string[] }[]
  bridges: Bridge[]
  needs: TeamNeed[]
  nextHire: Hire
}
