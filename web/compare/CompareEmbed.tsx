import type { ScoringContent } from '../../model/types'
import { EmbedLinks } from '../embed/EmbedCard'
import { anchorsOf, areaNamesOf } from './ComparePage'
import { PairAreaChart, PairSpectrum, SideName } from './parts'
import { topScore } from '../../contract/placement-words'
import { type CompareSide, topRoleWords } from '../../contract/compare-words'

/** A comparison as a compact card for other sites: both on the spectrum and the areas, a link to the rest. */
export function CompareEmbed({ a, b, content, url }: { a: CompareSide; b: CompareSide; content: ScoringContent; url: string }) {
  const sides: [CompareSide, CompareSide] = [a, b]
  return (
    <main class="embed embed-card">
      <p class="eyebrow">Role Spectrum comparison</p>
      <h1 class="embed-title">
        {a.label} <span class="hero-fit">and</span> {b.label}
      </h1>
      <ul class="pair-legend">
        {sides.map((s) => (
          <li key={s.letter}>
            <SideName side={s} />: {topRoleWords(s.result)}{' '}
            {topScore(s.result) && <span class="muted">({topScore(s.result)})</span>}
          </li>
        ))}
      </ul>
      <PairSpectrum anchors={anchorsOf(a, b)} sides={sides} brief />
      <PairAreaChart sides={sides} names={areaNamesOf(content)} />
      <EmbedLinks url={url} full="See the full comparison" />
    </main>
  )
}
