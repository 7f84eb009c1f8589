import type { AreaId } from '../../model/types'

/** Where a result stands among the anonymous rows of its quiz version (worker/norms/percentiles.ts). */
export interface NormsView {
  /** How many results of this quiz version the figures count. */
  rows: number
  /** Below this many, no comparison is shown. */
  minRows: number
  computedAt: string
  /** Per area: the share of takers with a lower score, ties counting half, in whole percent. */
  percentiles?: Record<AreaId, number>
}

const day = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { year: 'numeric', month: 'long', day: 'numeric' })

/** One line per area, "higher than 62 % of takers", once there are enough takers; else one honest line. */
export function Norms({ view, names }: { view: NormsView; names: { id: AreaId; name: string }[] }) {
  const { percentiles } = view
  if (!percentiles)
    return (
      <p class="muted norms-few">
        Comparisons with other people appear here once {view.minRows} people have taken this version of the quiz
        {view.rows > 0 && ` (${view.rows} so far)`}. <a href="/stats">How people answer</a>
      </p>
    )
  return (
    <div class="norms">
      <h3>Compared with everyone who took this quiz</h3>
      <ul class="norms-list">
        {names.map(({ id, name }) => (
          <li key={id}>
            <span class="area-name">{name}</span>: higher than <strong>{percentiles[id]} %</strong> of people
          </li>
        ))}
      </ul>
      <p class="muted">
        Out of {view.rows.toLocaleString('en-GB')} anonymous results of this version of the quiz, counted on{' '}
        {day(view.computedAt)}; an equal score counts as half. <a href="/stats">How people answer</a>
      </p>
    </div>
  )
}
