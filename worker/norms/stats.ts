import { AREA_IDS, SENIORITY_IDS } from '../../model/types'
import { capitalised } from '../../model/words'
import { currentRoleName, OTHER_ROLE_CHOICES, YEAR_BANDS } from '../../contract/calibration'
import { SENIORITY_WORDS } from '../../contract/placement-words'
import type { CrossTable, StatsView } from '../../web/stats/StatsPage'
import type { Norms, NormsCell } from './schema'
import { isStale } from './stale'

/** /stats shows its figures once the current quiz version has this many rows. */
export const STATS_MIN_ROWS = 100
/** A cell of a calibration table counting fewer people than this is not shown, nor a row totalling fewer. */
export const MIN_CELL = 5

export type Named = { id: string; name: string }

/**
 * A calibration table from its cells: rows in `rowOrder`, only those of at least MIN_CELL
 * people; every cell under MIN_CELL hidden (null). A row's total is shown, so a row with exactly
 * one hidden cell that is not zero would give it away (total minus the cells shown): there the
 * smallest cell shown is hidden too. (Columns have no totals shown, so rows are all it takes.)
 * Columns in `columnOrder`, only those with a cell shown. `hidden` counts the people left out
 * with their rows.
 */
function crossTable(cells: NormsCell[], rowOrder: Named[], columnOrder: Named[]): CrossTable {
  const totals = new Map<string, number>()
  for (const c of cells) totals.set(c.a, (totals.get(c.a) ?? 0) + c.n)
  const answered = [...totals.values()].reduce((s, n) => s + n, 0)
  const shownRows = rowOrder
    .filter((r) => (totals.get(r.id) ?? 0) >= MIN_CELL)
    .map((r) => {
      const own = cells.filter((c) => c.a === r.id)
      // Cells of the row that no column shows (under MIN_CELL, or of a placement with no column).
      const unshown = own.filter((c) => c.n < MIN_CELL || !columnOrder.some((col) => col.id === c.b))
      const shown = own.filter((c) => !unshown.includes(c)).sort((x, y) => x.n - y.n)
      const hide = unshown.length === 1 ? shown[0] : undefined
      const visible = new Map(shown.filter((c) => c !== hide).map((c) => [c.b, c.n]))
      return { ...r, total: totals.get(r.id)!, visible }
    })
  const columns = columnOrder.filter((col) => shownRows.some((r) => r.visible.has(col.id)))
  const rows = shownRows.map(({ visible, ...r }) => ({ ...r, cells: columns.map((col) => visible.get(col.id) ?? null) }))
  return { columns, rows, answered, hidden: answered - rows.reduce((s, r) => s + r.total, 0) }
}

/**
 * The counts of one breakdown of a view whose total is shown (the spectrum in tens, seniority,
 * days): which to hide. Every count under MIN_CELL is hidden, zero too (so a hidden bar does
 * not say that someone is there); and when exactly one hidden count is not zero, the total minus
 * the shown ones would give it away, so the smallest shown count is hidden as well.
 */
export function hiddenCounts(counts: readonly number[]): boolean[] {
  const small = counts.map((n) => n < MIN_CELL)
  if (counts.filter((n, i) => small[i] && n > 0).length === 1) {
    let smallest = -1
    counts.forEach((n, i) => {
      if (!small[i] && (smallest < 0 || n < counts[smallest]!)) smallest = i
    })
    if (smallest >= 0) small[smallest] = true
  }
  return small
}

/** The seniority bands in order, named as a table heading or a bar's label. */
export const SENIORITIES: Named[] = SENIORITY_IDS.map((id) => ({ id, name: capitalised(SENIORITY_WORDS[id]) }))

/**
 * Where people sit on the spectrum (in tens), their closest roles and the average per area:
 * what /stats shows, and a widget owner's cohort page (worker/sources/) too.
 */
export function spreadOf(norms: Norms, roles: readonly Named[], areaNames: readonly Named[]) {
  const share = (n: number) => n / norms.rows

  // Bars of fewer than MIN_CELL people show no number (null), nor one the total would give away.
  const bins = Array.from({ length: 10 }, (_, i) => {
    const from = i * 10
    const to = i === 9 ? 100 : from + 9
    return { from, to, n: norms.positions.slice(from, to + 1).reduce((s, k) => s + k, 0) }
  })
  const hiddenBins = hiddenCounts(bins.map((b) => b.n))
  const spectrum = bins.map((b, i) => (hiddenBins[i] ? { ...b, n: null, share: null } : { ...b, share: share(b.n) }))

  // Roles under MIN_CELL (and the smallest other, when only one is) are counted together as
  // "Other roles", so no role with a few people in it is named.
  const topCounts = new Map<string, number>()
  for (const c of norms.top) topCounts.set(c.a, (topCounts.get(c.a) ?? 0) + c.n)
  const placed = roles.map((r) => ({ ...r, n: topCounts.get(r.id) ?? 0 })).filter((r) => r.n > 0)
  const hiddenRoles = hiddenCounts(placed.map((r) => r.n))
  const others = placed.filter((_, i) => hiddenRoles[i]).reduce((s, r) => s + r.n, 0)
  const topRoles = [
    ...placed
      .filter((_, i) => !hiddenRoles[i])
      .sort((a, b) => b.n - a.n)
      .map((r) => ({ ...r, share: share(r.n) })),
    ...(others > 0
      ? [{ id: 'other', name: `Other roles (fewer than ${MIN_CELL} people each)`, n: others, share: share(others) }]
      : []),
  ]

  const areas = AREA_IDS.map((id) => {
    const histogram = norms.areas[id]
    const sum = histogram.reduce((s, n, score) => s + n * score, 0)
    return { id, name: areaNames.find((a) => a.id === id)?.name ?? id, mean: Math.round(sum / norms.rows) }
  })
  return { spectrum, topRoles, areas }
}

/** What /stats shows, from the figures of the current quiz version (or none when they cannot be read). */
export function statsView(
  norms: Norms | undefined,
  roles: readonly Named[],
  areaNames: readonly Named[],
  now = Date.now(),
): StatsView {
  if (!norms) return { state: 'unavailable', minRows: STATS_MIN_ROWS }
  const base = {
    quizVersion: norms.quizVersion,
    rows: norms.rows,
    minRows: STATS_MIN_ROWS,
    minCell: MIN_CELL,
    computedAt: norms.computedAt,
    stale: isStale(norms.computedAt, now),
  }
  if (norms.rows < STATS_MIN_ROWS) return { state: 'few', ...base }
  const said = [...roles, ...OTHER_ROLE_CHOICES].map((r) => ({ id: r.id, name: currentRoleName(r.id, roles) }))
  return {
    state: 'ready',
    ...base,
    ...spreadOf(norms, roles, areaNames),
    confusion: crossTable(norms.confusion, said, [...roles]),
    years: crossTable(norms.years, [...YEAR_BANDS], SENIORITIES),
  }
}
