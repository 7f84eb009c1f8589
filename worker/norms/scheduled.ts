import { scoringContent as content } from '../../model/content/scoring'
import { refreshNorms } from './store'

/**
 * The Cron Trigger (wrangler.toml `[triggers]`): counts the rows written since its last run into
 * the running totals in D1 (GROUP BY over an id range), and stores every quiz version's figures
 * in KV, where page views read them. When D1 fails, the run fails (and shows as failed) and the
 * last stored figures stay in use.
 */
export async function scheduled(_controller: ScheduledController, env: Cloudflare.Env, _ctx?: ExecutionContext): Promise<void> {
  await refreshNorms(env, content.version)
}
