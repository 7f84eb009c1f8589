import { AREA_IDS, type AreaId, type Scores } from '../../model/types'
import type { NormsView } from '../../web/result/Norms'
import type { Norms } from './schema'

/** Percentiles appear on result pages once a quiz version has this many rows. */
export const NORMS_MIN_ROWS = 100

/**
 * Results of quiz versions before this one were stored before the anonymous rows existed: their
 * pages show no comparison, and render exactly as they always did.
 */
export const NORMS_SINCE_VERSION = 2

/**
 * The share of takers below `score`, ties counting half (the mid-rank percentile), in whole
 * percent rounded down, so it never claims more than is true: the top score of 150 is "higher
 * than 99 %", a score nobody else has sits at its rank.
 */
export function percentile(histogram: readonly number[], score: number): number {
  let below = 0
  let total = 0
  for (const [value, n] of histogram.entries()) {
    total += n
    if (value < score) below += n
  }
  if (total === 0) return 0
  const equal = histogram[score] ?? 0
  return Math.floor(((below + equal / 2) / total) * 100)
}

/** What a result page shows about other takers, from the figures of its quiz version. */
export function normsView(norms: Norms, scores: Scores): NormsView {
  const base = { rows: norms.rows, minRows: NORMS_MIN_ROWS, computedAt: norms.computedAt }
  if (norms.rows < NORMS_MIN_ROWS) return base
  const percentiles = Object.fromEntries(AREA_IDS.map((a) => [a, percentile(norms.areas[a], scores[a])])) as Record<
    AreaId,
    number
  >
  return { ...base, percentiles }
}
