import type { Spectrum, SpectrumAnchor } from '../../model/types'
import { pct } from './format'

/** The bare scale: ends, track, archetype ticks and names, and an optional marker. */
export function SpectrumScale({ anchors, at, label }: { anchors: SpectrumAnchor[]; at?: string; label?: string }) {
  return (
    <>
      <div class="spectrum-ends" aria-hidden="true">
        <span>Engineering</span>
        <span>Science</span>
      </div>
      <svg class="spectrum-svg" width="100%" height="56" role={label ? 'img' : undefined} aria-label={label} aria-hidden={label ? undefined : 'true'}>
        <rect class="spectrum-track" x="0" y="24" width="100%" height="8" rx="4" />
        {anchors.map((a) => (
          <line key={a.roleId} class="spectrum-tick" x1={pct(a.position)} x2={pct(a.position)} y1="16" y2="40" />
        ))}
        {at && <circle class="spectrum-marker" cx={at} cy="28" r="12" />}
      </svg>
      <div class="spectrum-labels" aria-hidden="true">
        {anchors.map((a, i) => (
          <span
            key={a.roleId}
            class={`spectrum-anchor ${i === 0 ? 'start' : i === anchors.length - 1 ? 'end' : ''}`}
            style={{ left: pct(a.position) }}
          >
            {a.name}
          </span>
        ))}
      </div>
    </>
  )
}

/** The spectrum from software engineer to data scientist, its archetypes and the person's marker. */
export function SpectrumChart({ spectrum, label = 'You' }: { spectrum: Spectrum; label?: string }) {
  const at = pct(spectrum.position)
  return (
    <figure class="spectrum">
      <SpectrumScale anchors={spectrum.anchors} at={at} label={`${spectrum.label}.`} />
      <figcaption class="spectrum-caption">
        <span class="you-dot" aria-hidden="true" /> {label}: {spectrum.label.charAt(0).toLowerCase() + spectrum.label.slice(1)}
        .
      </figcaption>
    </figure>
  )
}
