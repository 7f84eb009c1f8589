import { render } from 'preact-render-to-string'
import { scoringContent as content } from '../../model/content/scoring'
import { StatsPage } from '../../web/stats/StatsPage'
import type { Norms } from './schema'
import { statsView } from './stats'

/**
 * What page views rarely need: computing the figures from D1 (the cron trigger, and a first
 * read before any are stored) and the /stats page. Built into its own worker module
 * (worker/generated/norms.mjs, loaded by worker/lazy-modules.ts) so the main worker stays small.
 */
export { advanceTotals, computeNorms, readTotals, versionsWithRows } from './aggregate'

const roles = content.roles.map(({ id, name }) => ({ id, name }))
const areaNames = content.areas.map(({ id, name }) => ({ id, name }))

/** The /stats page as HTML, from the figures of the current quiz version (or none). */
export function renderStatsPage(norms: Norms | undefined, now = Date.now()): string {
  return render(<StatsPage view={statsView(norms, roles, areaNames, now)} />)
}
