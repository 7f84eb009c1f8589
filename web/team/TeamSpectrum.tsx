import type { SpectrumAnchor } from '../../model/types'
import { SpectrumScale } from '../result/SpectrumChart'

/** Every member as a dot on the spectrum from engineering to science. */
export function TeamSpectrum({ anchors, members }: { anchors: SpectrumAnchor[]; members: { name: string; position: number }[] }) {
  return (
    <figure class="spectrum team-spectrum">
      <SpectrumScale anchors={anchors} markers={members.map((m) => m.position)} dot={8} />
      <figcaption class="visually-hidden">
        {members.length ? 'Each member’s place is listed in the table below.' : 'Nobody is on the map yet.'}
      </figcaption>
    </figure>
  )
}
