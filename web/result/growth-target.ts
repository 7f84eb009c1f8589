import type { AnyResult } from '../../model/types'

/** A growth path worth opening on gains at least this much fit: a +1 step is not a direction. */
export const WORTH_SHOWING = 3

/**
 * The role the growth path opens on when the reader has not chosen one. From quiz version 3
 * on (`current`): the closest role after the headline's whose path gains WORTH_SHOWING fit or
 * more, since the runner-up is often met already ("+1 fit", or nothing to grow); the runner-up
 * when none does, and always for older results, whose pages stay as they were.
 */
export function defaultGrowthTarget(result: AnyResult, current: boolean): string {
  const next = result.roles[1] ?? result.roles[0]!
  if (!current) return next.id
  const gain = new Map(result.growth.map((g) => [g.target, g.fitAfter - g.fitBefore]))
  return result.roles.slice(1).find((r) => (gain.get(r.id) ?? 0) >= WORTH_SHOWING)?.id ?? next.id
}
