import type { VNode } from 'preact'
import { scoringContent as content } from '../../model/content/scoring'
import { StatsPage } from '../../web/stats/StatsPage'
import type { Norms } from './schema'
import { statsView } from './stats'

/**
 * What page views rarely need: computing the figures from D1 (the cron trigger, and a first
 * read before any are stored) and the /stats page: a chunk loaded on first use
 * (worker/lazy-modules.ts), so the code that runs at startup stays small.
 */
export { advanceTotals, computeNorms, readTotals, versionsWithRows } from './aggregate'

const roles = content.roles.map(({ id, name }) => ({ id, name }))
const areaNames = content.areas.map(({ id, name }) => ({ id, name }))

/** The /stats page, from the figures of the current quiz version (or none). */
export function statsPage(norms: Norms | undefined, now = Date.now()): VNode {
  return <StatsPage view={statsView(norms, roles, areaNames, now)} />
}
