import type { Context } from 'hono'
import type { AppEnv } from '../env'
import { forgetImage, imageUrl } from '../image-cache'
import { leaveAllTeams } from '../team/join'
import { deleteResult } from './store'

/**
 * Deletes a result everywhere it is kept, for its owner: off every team it joined first (and
 * closed to new joins), then the stored result, then its card in KV and the Cache API.
 */
export async function removeEverywhere(c: Context<AppEnv>, id: string): Promise<void> {
  await leaveAllTeams(c.env, id)
  await deleteResult(c.env.RESULTS, id)
  await forgetImage(c.env.RESULTS, id, imageUrl(c.req.url, id))
}
