import type { AreaId, Scores } from '../../model/types'

/**
 * The five area scores as a bar chart: each bar is an SVG, each label and value real text,
 * so the chart is its own text equivalent and stays legible on a phone.
 */
export function AreaChart({ scores, names }: { scores: Scores; names: { id: AreaId; name: string }[] }) {
  return (
    <ul class="area-chart" aria-label="Scores by area, out of 100">
      {names.map(({ id, name }) => (
        <li key={id} class={`area-row area-${id}`}>
          <span class="area-name">{name}</span>
          <svg class="area-bar" width="100%" height="14" aria-hidden="true" focusable="false">
            <rect class="area-track" x="0" y="0" width="100%" height="14" rx="7" />
            {scores[id] > 0 && <rect class="area-fill" x="0" y="0" width={`${scores[id]}%`} height="14" rx="7" />}
          </svg>
          <span class="area-score">
            {scores[id]}
            <span class="visually-hidden"> out of 100</span>
          </span>
        </li>
      ))}
    </ul>
  )
}
