import { DurableObject } from 'cloudflare:workers'
import type { SettingId } from '../../model'
import { memberRecord, teamMeta, type MemberRecord, type TeamMeta } from './schema'
import { teamJson, type TeamJson } from './view'

/** Most members a team may have. */
export const MAX_MEMBERS = 1000

export type JoinOutcome = { ok: true; memberId: string; name: string; view: TeamSnapshot } | { ok: false; reason: 'no-team' | 'duplicate' | 'full' }

export interface TeamState {
  meta: TeamMeta
  members: MemberRecord[]
}

export interface TeamSnapshot {
  meta: TeamMeta
  team: TeamJson
}

/**
 * One team, one Durable Object: its storage is transactional and the object handles one event
 * at a time around each storage call, so two people joining at once are both kept and the
 * same result can never join twice. Storage keys: `meta`, `member:{memberId}`,
 * `result:{resultId}` → memberId. Members are kept in memory once read, and the team map is
 * computed here, once per setting until the team changes, so a read returns only the map and
 * never the members' full snapshots.
 */
export class Team extends DurableObject<Cloudflare.Env> {
  private members: Map<string, MemberRecord> | undefined
  private meta: TeamMeta | null | undefined
  private views = new Map<SettingId, TeamJson>()

  private async load(): Promise<TeamState | null> {
    if (this.meta === undefined) {
      const raw = await this.ctx.storage.get('meta')
      this.meta = raw === undefined ? null : teamMeta.parse(raw)
    }
    if (!this.meta) return null
    if (!this.members) {
      const list = await this.ctx.storage.list({ prefix: 'member:' })
      this.members = new Map()
      for (const value of list.values()) {
        const m = memberRecord.parse(value)
        this.members.set(m.memberId, m)
      }
    }
    return { meta: this.meta, members: [...this.members.values()].sort((a, b) => a.joinedAt.localeCompare(b.joinedAt) || a.memberId.localeCompare(b.memberId)) }
  }

  /** Creates the team; false when this object already holds one. */
  async create(meta: TeamMeta): Promise<boolean> {
    if (await this.load()) return false
    await this.ctx.storage.put('meta', meta)
    this.meta = meta
    this.members = new Map()
    return true
  }

  /** The team map for its saved setting, or for a what-if setting. */
  async view(setting?: SettingId): Promise<TeamSnapshot | null> {
    const state = await this.load()
    if (!state) return null
    const s = setting ?? state.meta.setting
    let team = this.views.get(s)
    if (!team) {
      team = teamJson(state.meta, state.members, s)
      this.views.set(s, team)
    }
    return { meta: state.meta, team }
  }

  /** The delete-token hash of a member's result; null when there is no such member. */
  async ownerHash(memberId: string): Promise<string | undefined | null> {
    const state = await this.load()
    const member = state ? this.members!.get(memberId) : undefined
    return member ? member.ownerHash : null
  }

  async join(member: MemberRecord): Promise<JoinOutcome> {
    const state = await this.load()
    if (!state) return { ok: false, reason: 'no-team' }
    if ((await this.ctx.storage.get(`result:${member.resultId}`)) !== undefined) return { ok: false, reason: 'duplicate' }
    if (this.members!.size >= MAX_MEMBERS) return { ok: false, reason: 'full' }
    await this.ctx.storage.put({ [`member:${member.memberId}`]: member, [`result:${member.resultId}`]: member.memberId })
    this.members!.set(member.memberId, member)
    this.views.clear()
    return { ok: true, memberId: member.memberId, name: member.name, view: (await this.view())! }
  }

  /** Saves a new setting; returns the team map under it, or null when there is no team. */
  async setSetting(setting: TeamMeta['setting']): Promise<TeamSnapshot | null> {
    const state = await this.load()
    if (!state) return null
    const meta = { ...state.meta, setting }
    await this.ctx.storage.put('meta', meta)
    this.meta = meta
    this.views.clear()
    return this.view()
  }

  /** Removes a member; returns who was removed (null if nobody) and the team map after it. */
  async remove(memberId: string): Promise<{ removed: MemberRecord | null; view: TeamSnapshot | null }> {
    const state = await this.load()
    const member = state ? this.members!.get(memberId) : undefined
    if (!member) return { removed: null, view: await this.view() }
    await this.ctx.storage.delete([`member:${memberId}`, `result:${member.resultId}`])
    this.members!.delete(memberId)
    this.views.clear()
    return { removed: member, view: await this.view() }
  }

  /** Deletes the team and everything it stored. */
  async destroy(): Promise<void> {
    await this.ctx.storage.deleteAll()
    this.meta = null
    this.members = undefined
    this.views.clear()
  }
}
