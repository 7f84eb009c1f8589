import { DurableObject } from 'cloudflare:workers'
import * as z from 'zod/mini'
import { isId } from '../ids'
import { teamStub } from './service'

/**
 * How long a deleted result keeps refusing joins: well beyond the minute in which KV may
 * still show the deleted result at other locations.
 */
const TOMBSTONE_MS = 10 * 60_000

/**
 * Teams a deletion leaves in one go: the request that deletes the result leaves the first
 * batch itself (so a result on a few teams is off them when the answer comes), and this object
 * leaves the rest a batch per alarm, so no request or alarm makes an unbounded number of calls.
 */
export const LEAVE_BATCH = 20

const deletedFlag = z.optional(z.boolean())
const pendingTeams = z.array(z.string())

/** The object holding a result's teams, named by the result id. */
export const resultTeams = (env: Cloudflare.Env, resultId: string) => env.RESULT_TEAMS.get(env.RESULT_TEAMS.idFromName(resultId))

/**
 * The teams one result has joined, so that deleting the result can take it off each of them.
 * A result's record in KV is written once and KV has no atomic update, hence a small object
 * per result. Storage keys: `team:{teamId}`, and `deleted` once the result is being deleted:
 * a join that races the deletion (another location may read the result from KV for up to a
 * minute after it is gone) is then refused instead of leaving a snapshot behind. The whole
 * record clears itself TOMBSTONE_MS after the deletion. Entries of teams the result has left
 * stay until then: deleting asks those teams too, and they find nothing to remove.
 */
export class ResultTeams extends DurableObject<Cloudflare.Env> {
  /** Records a team the result is on; false when the result has been deleted. */
  async add(teamId: string): Promise<boolean> {
    if (deletedFlag.parse(await this.ctx.storage.get('deleted'))) return false
    await this.ctx.storage.put(`team:${teamId}`, true)
    return true
  }

  /** The teams the result is on (none once it is being deleted). */
  async teams(): Promise<string[]> {
    if (deletedFlag.parse(await this.ctx.storage.get('deleted'))) return []
    const entries = await this.ctx.storage.list({ prefix: 'team:' })
    return [...entries.keys()].map((key) => key.slice('team:'.length)).filter(isId)
  }

  /**
   * Marks the result as deleted and returns the first LEAVE_BATCH teams it has to leave, for
   * the caller to leave now; the others are left by the alarm, a batch at a time. Safe to repeat.
   */
  async close(resultId: string): Promise<string[]> {
    const entries = await this.ctx.storage.list({ prefix: 'team:' })
    const teams = [...entries.keys()].map((key) => key.slice('team:'.length)).filter(isId)
    const later = teams.slice(LEAVE_BATCH)
    await this.ctx.storage.put({ deleted: true, resultId, pending: later, clearAt: Date.now() + TOMBSTONE_MS })
    await this.ctx.storage.setAlarm(later.length ? Date.now() : Date.now() + TOMBSTONE_MS)
    return teams.slice(0, LEAVE_BATCH)
  }

  /** Leaves the next batch of teams of a deleted result; once none are left, clears the record after the tombstone time. */
  override async alarm(): Promise<void> {
    const pending = pendingTeams.safeParse(await this.ctx.storage.get('pending'))
    const resultId = await this.ctx.storage.get('resultId')
    if (pending.success && pending.data.length > 0 && typeof resultId === 'string') {
      const batch = pending.data.slice(0, LEAVE_BATCH)
      await Promise.all(batch.map((teamId) => teamStub(this.env, teamId).removeResult(resultId)))
      const rest = pending.data.slice(LEAVE_BATCH)
      await this.ctx.storage.put('pending', rest)
      const clearAt = await this.ctx.storage.get('clearAt')
      await this.ctx.storage.setAlarm(
        rest.length ? Date.now() : typeof clearAt === 'number' ? clearAt : Date.now() + TOMBSTONE_MS,
      )
      return
    }
    await this.ctx.storage.deleteAll()
  }
}
