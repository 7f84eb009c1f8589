import type { SpectrumAnchor } from '../../model/types'
import { pct } from '../result/format'

/** Every member as a dot on the spectrum from engineering to science. */
export function TeamSpectrum({ anchors, members }: { anchors: SpectrumAnchor[]; members: { name: string; position: number }[] }) {
  return (
    <figure class="spectrum team-spectrum">
      <div class="spectrum-ends" aria-hidden="true">
        <span>Engineering</span>
        <span>Science</span>
      </div>
      <svg class="spectrum-svg" width="100%" height="56" aria-hidden="true" focusable="false">
        <rect class="spectrum-track" x="0" y="24" width="100%" height="8" rx="4" />
        {anchors.map((a) => (
          <line key={a.roleId} class="spectrum-tick" x1={pct(a.position)} x2={pct(a.position)} y1="16" y2="40" />
        ))}
        {members.map((m, i) => (
          <circle key={i} class="spectrum-marker team-dot" cx={pct(m.position)} cy="28" r="8" />
        ))}
      </svg>
      <div class="spectrum-labels" aria-hidden="true">
        {anchors.map((a, i) => (
          <span key={a.roleId} class={`spectrum-anchor ${i === 0 ? 'start' : i === anchors.length - 1 ? 'end' : ''}`} style={{ left: pct(a.position) }}>
            {a.name}
          </span>
        ))}
      </div>
      <figcaption class="visually-hidden">Each member's place is listed in the table below.</figcaption>
    </figure>
  )
}
