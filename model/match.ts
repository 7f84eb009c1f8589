import { MAX_LEVEL } from './levels'
import type { PreparedRole } from './prepared'
import { CORE_LEVEL, SENIORITY_BANDS } from './seniority'
import type { Seniority } from './types'

/** Where the entry band's bar sits: a level below the mid-level profile in the core. */
export const ENTRY_BAR = -1

/**
 * The level a role asks at a band in a sub-skill it needs at `need` (mid-level): the need scaled
 * to the band's bar (a senior bar is 0.8 of a level above mid in the core, 3.8; the mid-level bar
 * a fifth of a level below it since 7 December 2026, so 2.8 of a core need of 3), except at entry,
 * which asks a level less of every need: 2 in the core and nothing at the edges (met by anyone). An edge need
 * (1) is something the role's mid-level and senior holders have done; scaled, it asked two
 * thirds of a level of people in their first years, and the blended profiles (6 December 2026),
 * which add such edges where holders have done them, then read correctly placed entry analysts
 * and product managers at 55-69 %.
 */
export function askedLevel(need: number, band: Seniority): number {
  if (band === 'entry') return Math.max(0, need - 1)
  return Math.min(MAX_LEVEL, need * (1 + bandBar(band) / CORE_LEVEL))
}

/** The offset that opens a band (in levels of the core): what the band asks of a person. */
export const bandBar = (band: Seniority): number =>
  band === 'entry' ? ENTRY_BAR : SENIORITY_BANDS.find((b) => b.id === band)!.from

/**
 * The headline number from content version 3 on: how much of what the role asks at the person's
 * own seniority band the person has, 0..1. What the band asks is the mid-level profile as people
 * are shown it (whole levels: prepared.ts `shown`, so a page never says "no gaps" beside a match
 * short of 100 % at mid level) scaled to the band's bar (a senior bar is 0.8 of a level above mid
 * in the core). Each needed sub-skill counts by its shown need; a level beyond what is asked earns nothing and costs nothing, so depth a
 * role does not use never reads as a shortfall (which role fits is the fit's job, not this
 * number's). With `known`, only asked sub-skills count: a skill the quiz did not ask is not
 * guessed into the headline.
 */
export function matchOf(r: PreparedRole, x: ArrayLike<number>, band: Seniority, known?: Uint8Array): number {
  let have = 0
  let asks = 0
  for (const i of r.shownNeeded) {
    if (known && !known[i]) continue
    const n = r.shown[i]!
    const expected = askedLevel(n, band)
    // Asked nothing (an edge at entry): nothing is missing.
    have += expected === 0 ? n : n * Math.min(1, x[i]! / expected)
    asks += n
  }
  return asks === 0 ? 0 : have / asks
}

/**
 * The sub-skills furthest below what the role asks at a band, at most `limit`, furthest first:
 * each by the share of the match it holds back (its need times the part of the ask not yet
 * reached), so the first is the one that would raise the match most. Only asked sub-skills with
 * `known`; none where the band's asks are met.
 */
export function shortOf(r: PreparedRole, x: ArrayLike<number>, band: Seniority, known?: Uint8Array, limit = 2): number[] {
  const held: [number, number][] = []
  for (const i of r.shownNeeded) {
    if (known && !known[i]) continue
    const expected = askedLevel(r.shown[i]!, band)
    if (expected > 0 && x[i]! < expected) held.push([i, r.shown[i]! * (1 - x[i]! / expected)])
  }
  return held
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([i]) => i)
}
