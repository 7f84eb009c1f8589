import type { AreaId, Scores } from '../../model/types'
import type { marksOf } from '../../contract/placement-words'

/** What a role asks, marked on every bar, with the key that says whose marks they are (marksOf). */
export type AreaAsks = NonNullable<ReturnType<typeof marksOf>>

/**
 * The five area scores as a bar chart: each bar is an SVG, each label and value real text,
 * so the chart is its own text equivalent and stays legible on a phone. With `asks`, each bar
 * also marks what the headline role would score there on the same questions, so a low score in
 * an area the role hardly needs reads as fitting, not failing.
 */
export function AreaChart({
  scores,
  names,
  asks,
}: {
  scores: Scores
  names: { id: AreaId; name: string }[]
  asks?: AreaAsks | undefined
}) {
  return (
    <>
      <ul class="area-chart" aria-label="Scores by area, out of 100">
        {names.map(({ id, name }) => (
          <li key={id} class={`area-row area-${id}`}>
            <span class="area-name">{name}</span>
            <svg class="area-bar" width="100%" height="14" aria-hidden="true" focusable="false">
              <rect class="area-track" x="0" y="0" width="100%" height="14" rx="7" />
              {scores[id] > 0 && <rect class="area-fill" x="0" y="0" width={`${scores[id]}%`} height="14" rx="7" />}
              {asks && (
                <>
                  <line class="area-ask-gap" x1={`${asks.scores[id]}%`} x2={`${asks.scores[id]}%`} y1="0" y2="14" />
                  <line class="area-ask" x1={`${asks.scores[id]}%`} x2={`${asks.scores[id]}%`} y1="-4" y2="18" />
                </>
              )}
            </svg>
            <span class="area-score">
              {scores[id]}
              <span class="visually-hidden">
                {' '}
                out of 100{asks && (asks.scores[id] > 0 ? `; the role asks ${asks.scores[id]}` : '; the role asks nothing here')}
              </span>
            </span>
          </li>
        ))}
      </ul>
      {asks && (
        <p class="area-legend muted">
          <span class="area-key" aria-hidden="true" />
          {asks.key}
        </p>
      )}
    </>
  )
}
