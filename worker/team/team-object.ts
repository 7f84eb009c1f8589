import { DurableObject } from 'cloudflare:workers'
import * as z from 'zod/mini'
import type { SettingId } from '../../model'
import { idParam } from '../ids'
import { resultExists } from '../results/store'
import { resultTeams } from './result-teams'
import { memberRecord, teamMeta, type MemberRecord, type TeamMeta } from './schema'
import { keyOpens } from './service'
import { teamJson, type TeamJson } from './view'

/** Most members a team may have. */
export const MAX_MEMBERS = 1000

/** Joins a team takes per minute when TEAM_JOIN_LIMIT (wrangler.toml) is not set. */
const JOINS_PER_MINUTE = 30
/** How long a result the lead removed stays out: it cannot join the team again before then. */
export const REJOIN_WAIT_MS = 24 * 3600_000

/** Members registered with their results' team lists per alarm run (two subrequests each). */
const LINK_BATCH = 20

export type JoinRefusal = 'no-team' | 'bad-key' | 'duplicate' | 'full' | 'busy' | 'removed'
export type JoinOutcome = { ok: true; memberId: string; name: string; view: LoadedTeam } | { ok: false; reason: JoinRefusal }

export interface TeamState {
  meta: TeamMeta
  members: MemberRecord[]
}

/** What the team object answers with: its stored meta and the team map as JSON. */
export interface LoadedTeam {
  meta: TeamMeta
  team: TeamJson
}

/** `links`: 'done' once every member is on its result's list of teams, else how far that got. */
const linksState = z.optional(z.string())
const sortKey = (m: MemberRecord) => `${m.joinedAt} ${m.memberId}`

/**
 * One team, one Durable Object: its storage is transactional and the object handles one event
 * at a time around each storage call, so two people joining at once are both kept and the
 * same result can never join twice. Storage keys: `meta`, `member:{memberId}`,
 * `result:{resultId}` → memberId, `links`. Members are kept in memory once read, and the team
 * map is computed here, once per setting until the team changes, so a read returns only the
 * map and never the members' full snapshots.
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
      // A team from before results kept their list of teams: register its members (alarm).
      if (linksState.parse(await this.ctx.storage.get('links')) !== 'done') await this.ctx.storage.setAlarm(Date.now())
    }
    return { meta: this.meta, members: [...this.members.values()].sort((a, b) => sortKey(a).localeCompare(sortKey(b))) }
  }

  /** Creates the team; false when this object already holds one. */
  async create(meta: TeamMeta): Promise<boolean> {
    if (await this.load()) return false
    await this.ctx.storage.put({ meta, links: 'done' })
    this.meta = meta
    this.members = new Map()
    return true
  }

  /** The team map for its saved setting, or for a what-if setting. */
  async view(setting?: SettingId): Promise<LoadedTeam | null> {
    const state = await this.load()
    if (!state) return null
    const s = setting ?? state.meta.setting
    // A change while the map is computed replaces `views`, so a stale map is never cached.
    const views = this.views
    let team = views.get(s)
    if (!team) {
      team = await teamJson(state.meta, state.members, s)
      views.set(s, team)
    }
    return { meta: state.meta, team }
  }

  /** The delete-token hash of a member's result; null when there is no such member. */
  async ownerHash(memberId: string): Promise<string | undefined | null> {
    const state = await this.load()
    const member = state ? this.members!.get(memberId) : undefined
    return member ? member.ownerHash : null
  }

  /**
   * Adds a member whose result the caller has checked (it exists and the token was its own).
   * `key` must open the join link when the team has a join key. At most TEAM_JOIN_LIMIT joins
   * a minute: counted here, where every join of the team passes, from the times of the joins
   * themselves (kept for a minute), so members who leave or are removed free no slots. A result
   * the lead removed waits REJOIN_WAIT_MS before it can join again.
   */
  async join(member: MemberRecord, key?: string): Promise<JoinOutcome> {
    const state = await this.load()
    if (!state) return { ok: false, reason: 'no-team' }
    if (!(await keyOpens(state.meta, key))) return { ok: false, reason: 'bad-key' }
    if ((await this.ctx.storage.get(`result:${member.resultId}`)) !== undefined) return { ok: false, reason: 'duplicate' }
    const now = Date.now()
    const until = await this.ctx.storage.get(`removed:${member.resultId}`)
    if (typeof until === 'number' && until > now) return { ok: false, reason: 'removed' }
    if (this.members!.size >= MAX_MEMBERS) return { ok: false, reason: 'full' }
    const stored = await this.ctx.storage.get('joins')
    const recent = (Array.isArray(stored) ? stored : []).filter((t): t is number => typeof t === 'number' && t > now - 60_000)
    if (recent.length >= (Number(this.env.TEAM_JOIN_LIMIT) || JOINS_PER_MINUTE)) return { ok: false, reason: 'busy' }
    await this.ctx.storage.put({
      [`member:${member.memberId}`]: member,
      [`result:${member.resultId}`]: member.memberId,
      joins: [...recent, now],
    })
    this.members!.set(member.memberId, member)
    this.views = new Map()
    return { ok: true, memberId: member.memberId, name: member.name, view: (await this.view())! }
  }

  /** Saves a new setting; returns the team map under it, or null when there is no team. */
  async setSetting(setting: TeamMeta['setting']): Promise<LoadedTeam | null> {
    return this.saveMeta({ setting })
  }

  /** Replaces the join link: the old one stops opening the team; members stay. */
  async setJoinKey(joinKey: string): Promise<LoadedTeam | null> {
    return this.saveMeta({ joinKey })
  }

  private async saveMeta(change: Partial<TeamMeta>): Promise<LoadedTeam | null> {
    const state = await this.load()
    if (!state) return null
    const meta = { ...state.meta, ...change }
    await this.ctx.storage.put('meta', meta)
    this.meta = meta
    this.views = new Map()
    return this.view()
  }

  /**
   * Removes a member; returns who was removed (null if nobody) and the team map after it.
   * `byLead`: the lead removed them (not they who left), so their result waits before rejoining.
   */
  async remove(memberId: string, byLead = false): Promise<{ removed: MemberRecord | null; view: LoadedTeam | null }> {
    const { removed, view } = await this.removeMany([memberId], byLead)
    return { removed: removed[0] ?? null, view }
  }

  /** Removes several members in one write; returns those that were there and the map after. */
  async removeMany(memberIds: string[], byLead = false): Promise<{ removed: MemberRecord[]; view: LoadedTeam | null }> {
    const state = await this.load()
    const removed = state ? [...new Set(memberIds)].flatMap((id) => this.members!.get(id) ?? []) : []
    if (removed.length) {
      await this.ctx.storage.delete(removed.flatMap((m) => [`member:${m.memberId}`, `result:${m.resultId}`]))
      if (byLead) {
        const until = Date.now() + REJOIN_WAIT_MS
        await this.ctx.storage.put(Object.fromEntries(removed.map((m) => [`removed:${m.resultId}`, until])))
      }
      for (const m of removed) this.members!.delete(m.memberId)
      this.views = new Map()
    }
    return { removed, view: await this.view() }
  }

  /**
   * Replaces what the team keeps of a result that was scored again (its owner answered the
   * questions the adaptive quiz skipped), keeping the member's id, name, time of joining and
   * owner hash; nothing when the result is not on the team.
   */
  async refreshResult(resultId: string, scored: MemberRecord): Promise<void> {
    if (!(await this.load())) return
    const memberId = idParam.safeParse(await this.ctx.storage.get(`result:${resultId}`))
    const current = memberId.success ? this.members!.get(memberId.data) : undefined
    if (!current) return
    const { memberId: id, name, joinedAt, ownerHash } = current
    const member: MemberRecord = { ...scored, memberId: id, name, joinedAt, resultId, ...(ownerHash ? { ownerHash } : {}) }
    await this.ctx.storage.put(`member:${id}`, member)
    this.members!.set(id, member)
    this.views = new Map()
  }

  /** Takes a deleted result off the team, if it is on it. */
  async removeResult(resultId: string): Promise<void> {
    if (!(await this.load())) return
    const memberId = idParam.safeParse(await this.ctx.storage.get(`result:${resultId}`))
    if (memberId.success) await this.removeMany([memberId.data])
  }

  /**
   * Members who joined before each result kept its list of teams are added to those lists a
   * batch at a time, so deleting their results takes them off the team too; a member whose
   * result is already gone is removed now.
   */
  override async alarm(): Promise<void> {
    const state = await this.load()
    const done = linksState.parse(await this.ctx.storage.get('links'))
    if (!state || done === 'done') return
    const batch = state.members.filter((m) => sortKey(m) > (done ?? '')).slice(0, LINK_BATCH)
    const gone = await Promise.all(
      batch.map(
        async (m) =>
          !((await resultExists(this.env.RESULTS, m.resultId)) && (await resultTeams(this.env, m.resultId).add(state.meta.id))),
      ),
    )
    await this.removeMany(batch.filter((_, i) => gone[i]).map((m) => m.memberId))
    if (batch.length < LINK_BATCH) return this.ctx.storage.put('links', 'done')
    await this.ctx.storage.put('links', sortKey(batch.at(-1)!))
    await this.ctx.storage.setAlarm(Date.now())
  }

  /** Deletes the team and everything it stored. */
  async destroy(): Promise<void> {
    await this.ctx.storage.deleteAlarm()
    await this.ctx.storage.deleteAll()
    this.meta = null
    this.members = undefined
    this.views = new Map()
  }
}
