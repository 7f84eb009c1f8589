import { type Named, SENIORITIES, spreadOf } from '../norms/stats'
import type { CohortView } from '../../web/sources/CohortFigures'
import type { CohortRead } from './cohort'

/**
 * Below this many results a cohort shows its count only: with fewer, an owner who knows who
 * took the quiz could tell one person's answers from the figures.
 */
export const COHORT_MIN_ROWS = 5

/** The days the page lists, newest last: the latest days that had results. */
export const COHORT_DAYS = 14

/** What a source's owner sees (the page and GET /api/sources/{tag} alike), from its figures or none. */
export function cohortView(read: CohortRead | undefined, roles: readonly Named[], areaNames: readonly Named[]): CohortView {
  if (!read) return { state: 'unavailable', minRows: COHORT_MIN_ROWS }
  const { norms, days, older } = read.figures
  const base = {
    quizVersion: norms.quizVersion,
    rows: norms.rows,
    minRows: COHORT_MIN_ROWS,
    computedAt: norms.computedAt,
    stale: read.stale,
    older,
  }
  if (norms.rows < COHORT_MIN_ROWS) return { state: 'few', ...base }
  const bySeniority = new Map<string, number>()
  for (const c of norms.top) if (c.b) bySeniority.set(c.b, (bySeniority.get(c.b) ?? 0) + c.n)
  const seniority = SENIORITIES.map((s) => ({ ...s, n: bySeniority.get(s.id) ?? 0 }))
    .filter((s) => s.n > 0)
    .map((s) => ({ ...s, share: s.n / norms.rows }))
  const sorted = [...days].sort((a, b) => a.day.localeCompare(b.day))
  return {
    state: 'ready',
    ...base,
    ...spreadOf(norms, roles, areaNames),
    seniority,
    days: sorted.slice(-COHORT_DAYS),
    firstDay: sorted[0]?.day ?? null,
  }
}
