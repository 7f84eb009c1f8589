import { hiddenCounts, type Named, SENIORITIES, spreadOf } from '../norms/stats'
import type { CohortView } from '../../web/sources/CohortFigures'
import { COHORT_MIN_ROWS, COHORT_STEP, type CohortRead } from './cohort'

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
  // Every band is listed; one of fewer than COHORT_MIN_ROWS people (or that the total would give away) shows no number.
  const bands = SENIORITIES.map((s) => ({ ...s, n: bySeniority.get(s.id) ?? 0 }))
  const hiddenBands = hiddenCounts(bands.map((s) => s.n))
  const seniority = bands.map((s, i) => (hiddenBands[i] ? { ...s, n: null, share: null } : { ...s, share: s.n / norms.rows }))
  // A day with fewer than COHORT_MIN_ROWS results would tell when each of those few took the
  // quiz; so would the only such day, from the total; then the smallest other day has no number too.
  const ordered = [...days].sort((a, b) => a.day.localeCompare(b.day))
  const hiddenDays = hiddenCounts(ordered.map((d) => d.n))
  const sorted = ordered.map(({ day, n }, i) => ({ day, n: hiddenDays[i] ? null : n }))
  return {
    state: 'ready',
    ...base,
    step: COHORT_STEP,
    ...spreadOf(norms, roles, areaNames),
    seniority,
    days: sorted.slice(-COHORT_DAYS),
    firstDay: sorted[0]?.day ?? null,
  }
}
