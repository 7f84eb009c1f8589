import { DurableObject } from 'cloudflare:workers'
import * as z from 'zod/mini'
import { isId } from '../ids'

/**
 * How long a deleted result keeps refusing joins: well beyond the minute in which KV may
 * still show the deleted result at other locations.
 */
const TOMBSTONE_MS = 10 * 60_000

const deletedFlag = z.optional(z.boolean())

/** The object holding a result's teams, named by the result id. */
export const resultTeams = (env: Cloudflare.Env, resultId: string): DurableObjectStub<ResultTeams> =>
  env.RESULT_TEAMS.get(env.RESULT_TEAMS.idFromName(resultId)) as DurableObjectStub<ResultTeams>

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

  /** Marks the result as deleted and returns the teams it has to leave. Safe to repeat. */
  async close(): Promise<string[]> {
    const entries = await this.ctx.storage.list({ prefix: 'team:' })
    await this.ctx.storage.put('deleted', true)
    await this.ctx.storage.setAlarm(Date.now() + TOMBSTONE_MS)
    return [...entries.keys()].map((key) => key.slice('team:'.length)).filter(isId)
  }

  override async alarm(): Promise<void> {
    await this.ctx.storage.deleteAll()
  }
}
