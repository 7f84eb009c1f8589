import type { Result } from '../../model/types'
import { CERTAINTY_LABELS, certaintyDetail, isExploring } from '../../contract/placement-words'
import { quizMinutes } from '../../model/content/timing'
import { capitalised } from '../../model/words'
import { MARKS, PlacedHeadline } from './Placement'
import { SpectrumChart } from './SpectrumChart'

/**
 * The first phone screen of a result from quiz version 3 on: who, the role and seniority, the
 * certainty in words, the spectrum with the person's dot, and a Share button beside a preview
 * of the card the link unfurls to. The Share button is a link to the full share section until
 * the page's script makes it the browser's share sheet, or a copy of the link where there is none.
 */
export function ResultHero({
  result,
  eyebrow,
  shareUrl,
  shareText,
  imageUrl,
  id,
}: {
  result: Result
  /** The result's id, for its owner's link to answer the questions the path skipped. */
  id?: string
  eyebrow: string
  shareUrl: string
  shareText: string
  imageUrl: string
}) {
  const { kind } = result.certainty
  const detail = isExploring(result) ? undefined : certaintyDetail(result)
  return (
    <header class="result-hero hero-first">
      <p class="eyebrow">{eyebrow}</p>
      {/* The spectrum's caption below says where the person sits; the lead line does not repeat it. */}
      <PlacedHeadline result={result} spectrumLine={false} />
      <p class={`hero-certainty certainty-${kind}`}>
        <span class="certainty-mark" aria-hidden="true">
          {MARKS[kind]}
        </span>
        <span>
          <strong>{CERTAINTY_LABELS[kind]}</strong>
          {detail && kind === 'close' ? `: ${detail}` : ''}
          {result.answered !== undefined && <span class="muted"> · from {result.answered} answers</span>}
          {id && result.subSkills.some((s) => s.asked === false) && (
            // Shown by web/client/result.ts only on the device that made the result.
            <span class="owner-sharpen" data-sharpen-of={id} hidden>
              {' · '}
              {/* biome-ignore lint/a11y/useValidAnchor: the owner's browser puts the private link in before showing this */}
              <a href="#">answer the rest to sharpen it</a>
            </span>
          )}
        </span>
      </p>
      {/* The dot places the mix of skills, which can sit apart from the headline's role: named so, for the owner and visitors alike. */}
      <SpectrumChart spectrum={result.spectrum} label="Skill mix" />
      <div class="hero-share">
        <a class="hero-card" href={imageUrl}>
          <img src={imageUrl} width="1200" height="630" alt="The card a shared link shows" />
        </a>
        <div class="hero-share-actions">
          <a class="button primary" href="#share-url" data-share-now={shareUrl} data-share-text={shareText}>
            Share
          </a>
          <p class="share-status muted" role="status" aria-live="polite" />
          {id && (
            // For whoever the link reached; web/client/result.ts makes it invisible on the device that made the result.
            <p class="hero-visitor" data-visitor-of={id}>
              <a class="button secondary" href="/quiz">
                Take the quiz
              </a>
              <span class="hero-visitor-note muted">Where do you sit? {capitalised(quizMinutes)}.</span>
            </p>
          )}
        </div>
      </div>
    </header>
  )
}
