import type { AreaId, Result } from '../../model/types'
import { AreaChart } from '../result/AreaChart'
import { withArticle } from '../result/format'
import { SpectrumChart } from '../result/SpectrumChart'

/** A result as a compact card for other sites: top role, spectrum, five areas, a link to the rest. */
export function EmbedCard({
  result,
  areaNames,
  url,
  displayName,
}: {
  result: Result
  areaNames: { id: AreaId; name: string }[]
  url: string
  displayName?: string | undefined
}) {
  const top = result.roles[0]!
  return (
    <main class="embed embed-card">
      <p class="eyebrow">{displayName ? `${displayName}’s Role Spectrum` : 'Role Spectrum result'}</p>
      <h1 class="embed-title">
        Closest fit: {withArticle(top.name)} <span class="hero-fit">({top.fit} fit)</span>
      </h1>
      <SpectrumChart spectrum={result.spectrum} label={displayName ?? 'This person'} />
      <AreaChart scores={result.scores} names={areaNames} />
      <p class="embed-links">
        <a class="button primary" href={url} target="_blank" rel="noopener">
          See the full result
        </a>
        <a href="/quiz" target="_blank" rel="noopener">
          Take the quiz yourself
        </a>
      </p>
    </main>
  )
}
