import type { AreaId } from '../../model/types'
import { AreaChart } from '../result/AreaChart'

/** The team's best score in each area, and how far apart its members are in each. */
export function Coverage({
  coverage,
  spread,
  areaNames,
}: {
  coverage: Record<AreaId, number>
  spread: Record<AreaId, number>
  areaNames: { id: AreaId; name: string }[]
}) {
  return (
    <section class="card" aria-labelledby="coverage-title">
      <h2 id="coverage-title">Coverage: the team’s best in each area</h2>
      <AreaChart scores={coverage} names={areaNames} />
      <p class="muted">
        Spread (best minus weakest member): {areaNames.map((a, i) => `${i ? ', ' : ''}${a.name} ${spread[a.id]}`).join('')}.
      </p>
    </section>
  )
}
