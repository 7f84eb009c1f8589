import { content, type SettingId } from '../../model'
import { mapTeam, type TeamView } from '../../model/team'
import type { MemberRecord, TeamMeta } from './schema'

export type TeamJson = { id: string; name: string; setting: SettingId; createdAt: string } & Omit<TeamView, 'setting'>

/** The team as the API and the pages show it, for its own setting or a what-if one. */
export function teamJson(meta: TeamMeta, members: MemberRecord[], setting: SettingId = meta.setting): TeamJson {
  const { setting: _s, ...view } = mapTeam(content, setting, members)
  return { id: meta.id, name: meta.name, setting, createdAt: meta.createdAt, ...view }
}
