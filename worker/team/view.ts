import { scoringContent as content } from '../../model/content/scoring'
import type { SettingId } from '../../model/types'
import type { TeamMap } from '../../model/team'
import { loadTeamMap } from '../lazy-modules'
import type { MemberRecord, TeamMeta } from './schema'

export type TeamJson = { id: string; name: string; setting: SettingId; createdAt: string } & Omit<TeamMap, 'setting'>

/**
 * The team as the API and the pages show it, for its own setting or a what-if one. The map's
 * arithmetic is its own worker module, loaded on first use, so other routes never load it.
 */
export async function teamJson(meta: TeamMeta, members: MemberRecord[], setting: SettingId = meta.setting): Promise<TeamJson> {
  const { mapTeam } = await loadTeamMap()
  const { setting: _s, ...view } = mapTeam(content, setting, members)
  return { id: meta.id, name: meta.name, setting, createdAt: meta.createdAt, ...view }
}
