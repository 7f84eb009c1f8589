import { AREA_IDS, type AreaId, type ScoringContent, type SettingId } from '../types'
import { BRIDGES } from './bridges'
import { nextHire } from './hire'
import { covers, topRole } from './members'
import { CORE, NEED_RULES, type NeedContext } from './needs'
import type { MemberSnapshot, TeamNeed, TeamMap } from './types'

/** Maps a team: coverage, roles and overlaps, bridges, what its setting needs, and who to hire next. */
export function mapTeam(content: ScoringContent, setting: SettingId, snapshots: MemberSnapshot[]): TeamMap {
  const members = snapshots.map((m) => ({ m, top: topRole(content, m) }))
  const coverage = {} as Record<AreaId, number>
  const spread = {} as Record<AreaId, number>
  for (const a of AREA_IDS) {
    const values = snapshots.map((m) => m.scores[a])
    coverage[a] = values.length ? Math.max(...values) : 0
    spread[a] = values.length ? Math.max(...values) - Math.min(...values) : 0
  }
  const roles = content.roles
    .map((r) => ({ id: r.id, name: r.name, members: snapshots.filter((m) => covers(content, m, r.id)).map((m) => m.name) }))
    .filter((r) => r.members.length > 0)
  const bridges = BRIDGES.map(({ covers: coversBridge, ...b }) => ({
    ...b,
    members: snapshots.filter(coversBridge).map((m) => m.name),
  }))
  const settingName = content.settings.find((s) => s.id === setting)?.name ?? setting
  const ctx: NeedContext = {
    content,
    setting,
    settingName,
    members: snapshots,
    coverage,
    bridges,
    // A best guess (an unclear placement) counts here no more than it covers its role.
    count: (roleId) => members.filter(({ top }) => top.id === roleId && !top.guess).length,
    guessedBy: (roleId) => members.filter(({ top }) => top.id === roleId && top.guess).map(({ m }) => m),
    covered: (roleId) => roles.some((r) => r.id === roleId),
  }
  const needs: TeamNeed[] = NEED_RULES.filter((rule) => rule.applies(setting))
    .sort((a, b) => rank(a.id, setting) - rank(b.id, setting))
    .map((rule) => ({ id: rule.id, text: rule.text(ctx), source: rule.source, ...rule.check(ctx) }))
  return {
    setting,
    settingName,
    members: members.map(({ m, top }) => ({
      memberId: m.memberId,
      name: m.name,
      resultId: m.resultId,
      topRole: top,
      position: m.position,
      ...notAskedOf(content, m),
    })),
    coverage,
    spread,
    roles,
    overlaps: roles.filter((r) => r.members.length > 1),
    bridges,
    needs,
    nextHire: nextHire(ctx, needs),
  }
}

/** Core roles in the setting's own order first; the other rows keep the table's order. */
const rank = (id: string, setting: SettingId): number =>
  id.startsWith('role:') ? CORE[setting].indexOf(id.slice('role:'.length)) : 1000 + NEED_RULES.findIndex((r) => r.id === id)

/** How many sub-skills a member's adaptive path did not ask (they count for nothing on the map); none for a full quiz. */
function notAskedOf(content: ScoringContent, m: MemberSnapshot): { notAsked?: number } {
  const missing = content.subSkills.filter((s) => m.levels[s.id] === undefined).length
  return missing > 0 ? { notAsked: missing } : {}
}
