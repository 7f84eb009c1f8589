import type { AreaId, CertaintyKind, SettingId } from '../types'

/**
 * Words used in this folder, one meaning each:
 * - member: a person on a team, as the team keeps them (`MemberSnapshot`) and as the map lists
 *   them (`TeamMember`); where only their names are needed (a covered role, an overlap, a
 *   bridge), the field is still called `members` (the API's JSON keeps it) and holds names;
 * - map: everything worked out about a team for one setting (`TeamMap`, from `mapTeam`);
 * - need: something a team setting asks of the team as a whole (`TeamNeed`);
 * - covers: a member covers a role when it is their top role or they cover its core (members.ts);
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
  /** The result's own top role (absent on snapshots kept before it was stored: then the highest fit). */
  top?: string
  /** Match 0..100 for every role, by role id (content version 3 on). */
  matches?: Record<string, number>
  /**
   * How sure the result's placement is (absent on snapshots kept before it was stored): an
   * unclear one names its top role only as a best guess, with no match.
   */
  certainty?: CertaintyKind
}

/** A member's top role as the map lists it; `guess` when their result's placement is unclear (no match shown). */
export interface TopRole {
  id: string
  name: string
  fit: number
  match?: number
  guess?: true
}

/** A member as the team map lists them. */
export interface TeamMember {
  memberId: string
  name: string
  resultId: string
  topRole: TopRole
  position: number
  /** Sub-skills the member's adaptive path did not ask: the map credits them with none of these. */
  notAsked?: number
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
  /** Names of the members who cover the bridge. */
  members: string[]
}

/** A role at least one member covers. */
export interface CoveredRole {
  id: string
  name: string
  /** Names of the members who cover the role. */
  members: string[]
}

/** A team mapped for one setting: coverage, the roles it covers, its needs, its next hire. */
export interface TeamMap {
  setting: SettingId
  settingName: string
  members: TeamMember[]
  coverage: Record<AreaId, number>
  spread: Record<AreaId, number>
  roles: CoveredRole[]
  /** The covered roles that two or more members cover. */
  overlaps: CoveredRole[]
  bridges: Bridge[]
  needs: TeamNeed[]
  nextHire: Hire
}
