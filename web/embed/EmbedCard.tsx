import type { AnyResult, AreaId } from '../../model/types'
import { AreaChart } from '../result/AreaChart'
import { withArticle } from '../../contract/format'
import {
  CERTAINTY_LABELS,
  certaintyDetail,
  headline,
  isExploring,
  isPlaced,
  marksOf,
  orList,
  pathRoles,
  topScore,
} from '../../contract/placement-words'
import { SpectrumChart } from '../result/SpectrumChart'

/**
 * A result as a compact card for other sites: top role, spectrum, five areas, a link to the rest.
 * From quiz version 2 on, the role with its seniority and the certainty in words (or, with no
 * role's core skills yet, the paths to explore); older results render as they always did.
 */
export function EmbedCard({
  result,
  areaNames,
  url,
  displayName,
}: {
  result: AnyResult
  areaNames: { id: AreaId; name: string }[]
  url: string
  displayName?: string | undefined
}) {
  const top = result.roles[0]!
  const placed = isPlaced(result) ? result : undefined
  return (
    <main class="embed embed-card">
      <p class="eyebrow">{displayName ? `${displayName}’s Role Spectrum` : 'Role Spectrum result'}</p>
      {placed ? (
        <>
          <h1 class="embed-title">
            {headline(placed)}
            {top.match === undefined
              ? !isExploring(placed) && <span class="hero-fit"> ({top.fit} fit)</span>
              : topScore(placed) && <span class="hero-fit"> ({topScore(placed)})</span>}
          </h1>
          <p class={`embed-certainty certainty-${placed.certainty.kind}`}>
            <strong>{CERTAINTY_LABELS[placed.certainty.kind]}</strong>
            {isExploring(placed)
              ? `: no role’s core skills yet; the full result shows paths towards ${orList(pathRoles(placed).map((r) => r.name))}.`
              : certaintyDetail(placed)
                ? `: ${certaintyDetail(placed)}.`
                : '.'}
          </p>
        </>
      ) : (
        <h1 class="embed-title">
          Closest fit: {withArticle(top.name)} <span class="hero-fit">({top.fit} fit)</span>
        </h1>
      )}
      {/* The eyebrow names the person; from quiz version 3 on "Ada: between ML engineer and …" under the
          role no longer reads as a second placement: "Skill mix", as on the result page. */}
      <SpectrumChart spectrum={result.spectrum} label={result.quizVersion >= 3 ? 'Skill mix' : (displayName ?? 'This person')} />
      <AreaChart scores={result.scores} names={areaNames} asks={marksOf(result)} />
      <EmbedLinks url={url} full="See the full result" />
    </main>
  )
}

/** An embed card's way out: the full page on the site, and the quiz, each in a new tab. */
export function EmbedLinks({ url, full }: { url: string; full: string }) {
  return (
    <p class="embed-links">
      <a class="button primary" href={url} target="_blank" rel="noopener">
        {full}
      </a>
      <a href="/quiz" target="_blank" rel="noopener">
        Take the quiz yourself
      </a>
    </p>
  )
}
