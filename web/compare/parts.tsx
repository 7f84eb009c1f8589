import type { AreaId, SpectrumAnchor } from '../../model/types'
import { pct } from '../../contract/format'
import { SpectrumLabels, SpectrumTrack } from '../result/SpectrumChart'
import type { CompareSide, Letter } from '../../contract/compare-words'

/**
 * The two series of a comparison, told apart by shape, fill and letter as well as colour:
 * A is a solid circle and a solid bar, B a diamond and a hatched bar, each marked with its letter.
 */

/** The shape of a side, drawn around the origin: for the spectrum and, small, for the legend. */
function Shape({ letter }: { letter: Letter }) {
  return (
    <>
      {letter === 'A' ? (
        <circle class="pair-shape-a" r="11" />
      ) : (
        <rect class="pair-shape-b" x="-9" y="-9" width="18" height="18" transform="rotate(45)" />
      )}
      <text class="pair-letter" y="0.5">
        {letter}
      </text>
    </>
  )
}

/** A side's mark as an icon next to its name. */
export function SideIcon({ letter }: { letter: Letter }) {
  return (
    <svg class="pair-icon" viewBox="-13 -13 26 26" width="22" height="22" aria-hidden="true" focusable="false">
      <Shape letter={letter} />
    </svg>
  )
}

/** A side's icon and name, as the legend, headings and sentences show it. */
export const SideName = ({ side }: { side: CompareSide }) => (
  <span class="pair-name">
    <SideIcon letter={side.letter} />
    <span class="visually-hidden">{side.letter}: </span>
    {side.label}
  </span>
)

/** The spectrum with both marks: A above the track, B below it, so that close places never hide each other. */
export function PairSpectrum({
  anchors,
  sides,
  brief = false,
}: {
  anchors: SpectrumAnchor[]
  sides: [CompareSide, CompareSide]
  /** Keep the places in words for screen readers only (the embed card, short of room). */
  brief?: boolean
}) {
  return (
    <figure class="spectrum pair-spectrum">
      <SpectrumTrack anchors={anchors} height={72}>
        {sides.map((s) => (
          <svg
            key={s.letter}
            class="pair-mark"
            x={pct(s.result.spectrum.position)}
            y={s.letter === 'A' ? 14 : 58}
            aria-hidden="true"
          >
            <Shape letter={s.letter} />
          </svg>
        ))}
      </SpectrumTrack>
      <SpectrumLabels anchors={anchors} />
      <figcaption class={brief ? 'visually-hidden' : undefined}>
        <ul class="pair-legend">
          {sides.map((s) => (
            <li key={s.letter}>
              <SideName side={s} />: {s.result.spectrum.label.charAt(0).toLowerCase() + s.result.spectrum.label.slice(1)}{' '}
              <span class="muted">(position {Math.round(s.result.spectrum.position * 100)} of 100)</span>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  )
}

/**
 * B's bars are hatched: a pattern of this page, referenced from the markup (the stylesheet
 * loads no url() at all); A's fill comes from the stylesheet.
 */
const fillOf = (letter: Letter) => (letter === 'B' ? 'url(#pair-hatch)' : undefined)

/** Both sides' five area scores on one chart: two bars per area, each with its mark, name and number. */
export function PairAreaChart({ sides, names }: { sides: [CompareSide, CompareSide]; names: { id: AreaId; name: string }[] }) {
  return (
    <div class="pair-chart">
      <svg class="pair-defs" width="0" height="0" aria-hidden="true" focusable="false">
        <defs>
          <pattern id="pair-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect class="pair-hatch-bg" width="6" height="6" />
            <rect class="pair-hatch-line" width="3" height="6" />
          </pattern>
        </defs>
      </svg>
      <p class="pair-legend-line" aria-hidden="true">
        {sides.map((s) => (
          <span key={s.letter} class="pair-key">
            <svg class="pair-swatch" width="28" height="12" aria-hidden="true" focusable="false">
              <rect class={`pair-fill-${s.letter}`} fill={fillOf(s.letter)} width="28" height="12" rx="6" />
            </svg>
            <SideName side={s} />
          </span>
        ))}
      </p>
      <ul class="pair-areas" aria-label="Scores by area, out of 100">
        {names.map(({ id, name }) => (
          <li key={id} class="pair-area">
            <span class="area-name">{name}</span>
            {sides.map((s) => (
              <span key={s.letter} class="pair-bar">
                <SideIcon letter={s.letter} />
                <span class="visually-hidden">{s.label}: </span>
                <svg class="area-bar" width="100%" height="14" aria-hidden="true" focusable="false">
                  <rect class="area-track" x="0" y="0" width="100%" height="14" rx="7" />
                  {s.result.scores[id] > 0 && (
                    <rect
                      class={`pair-fill-${s.letter}`}
                      fill={fillOf(s.letter)}
                      x="0"
                      y="0"
                      width={`${s.result.scores[id]}%`}
                      height="14"
                      rx="7"
                    />
                  )}
                </svg>
                <span class="area-score">
                  {s.result.scores[id]}
                  <span class="visually-hidden"> out of 100</span>
                </span>
              </span>
            ))}
          </li>
        ))}
      </ul>
    </div>
  )
}
