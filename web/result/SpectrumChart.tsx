import type { ComponentChildren } from 'preact'
import type { Spectrum, SpectrumAnchor } from '../../model/types'
import { percentClass } from '../percent'
import { pct } from '../../contract/format'

/** The archetypes' names under a scale, each at its position (the ends kept inside the box). */
export function SpectrumLabels({ anchors }: { anchors: SpectrumAnchor[] }) {
  return (
    <div class="spectrum-labels" aria-hidden="true">
      {anchors.map((a, i) => (
        <span
          key={a.roleId}
          class={`spectrum-anchor ${percentClass(a.position)} ${i === 0 ? 'start' : i === anchors.length - 1 ? 'end' : ''}`}
        >
          {a.name}
        </span>
      ))}
    </div>
  )
}

/**
 * The ends' names and the track with a tick per archetype, `height` tall with the track in its
 * middle; the markers drawn on it are the children (inside the SVG).
 */
export function SpectrumTrack({
  anchors,
  height = 56,
  children,
}: {
  anchors: SpectrumAnchor[]
  height?: number
  children?: ComponentChildren
}) {
  const middle = height / 2
  return (
    <>
      <div class="spectrum-ends" aria-hidden="true">
        <span>Engineering</span>
        <span>Science</span>
      </div>
      <svg class="spectrum-svg" width="100%" height={String(height)} aria-hidden="true" focusable="false">
        <rect class="spectrum-track" x="0" y={String(middle - 4)} width="100%" height="8" rx="4" />
        {anchors.map((a) => (
          <line
            key={a.roleId}
            class="spectrum-tick"
            x1={pct(a.position)}
            x2={pct(a.position)}
            y1={String(middle - 12)}
            y2={String(middle + 12)}
          />
        ))}
        {children}
      </svg>
    </>
  )
}

/**
 * The bare scale: ends, track, archetype ticks and names, and markers at positions 0..1.
 * Decorative for screen readers: every use puts the same facts in words next to it.
 */
export function SpectrumScale({
  anchors,
  markers = [],
  dot = 12,
}: {
  anchors: SpectrumAnchor[]
  markers?: number[]
  dot?: number
}) {
  return (
    <>
      <SpectrumTrack anchors={anchors}>
        {markers.map((p, i) => (
          <circle
            key={i}
            class={markers.length > 1 ? 'spectrum-marker team-dot' : 'spectrum-marker'}
            cx={pct(p)}
            cy="28"
            r={dot}
          />
        ))}
      </SpectrumTrack>
      <SpectrumLabels anchors={anchors} />
    </>
  )
}

/** The spectrum from software engineer to data scientist, its archetypes and the person's marker, in words too. */
export function SpectrumChart({ spectrum, label = 'You' }: { spectrum: Spectrum; label?: string }) {
  return (
    <figure class="spectrum">
      <SpectrumScale anchors={spectrum.anchors} markers={[spectrum.position]} />
      <figcaption class="spectrum-caption">
        <span class="you-dot" aria-hidden="true" /> {label}: {spectrum.label.charAt(0).toLowerCase() + spectrum.label.slice(1)}.
      </figcaption>
    </figure>
  )
}
