import type { SpectrumAnchor } from '../../model/types'
import { ACCENT, MUTED, TRACK } from './palette'
import type { Canvas } from './raster'
import { drawText, measure } from './text'

/**
 * The spectrum as the cards draw it: the track, ENGINEERING and SCIENCE above its ends, and
 * each anchor role marked (a tick, or a dot on the front-door card) and named below. Labels sit
 * flush with the track at the ends, else centred on their mark; one that would run into the
 * next moves left (applied scientist sits close to data scientist).
 */
export function drawSpectrumScale(
  c: Canvas,
  anchors: SpectrumAnchor[],
  left: number,
  width: number,
  trackY: number,
  mark: 'tick' | 'dot' = 'tick',
): void {
  const right = left + width
  c.roundRect(left, trackY - 6, width, 12, 6, TRACK)
  drawText(c, 'ENGINEERING', left, trackY - 24, 18, MUTED, 'bold')
  const sci = 'SCIENCE'
  drawText(c, sci, right - measure(sci, 18, 'bold'), trackY - 24, 18, MUTED, 'bold')
  const labels = anchors.map((a, i) => {
    const x = left + a.position * width
    const lw = measure(a.name, 20)
    return { x, lw, lx: i === 0 ? x : i === anchors.length - 1 ? x - lw : x - lw / 2 }
  })
  for (let i = labels.length - 2; i > 0; i--) labels[i]!.lx = Math.min(labels[i]!.lx, labels[i + 1]!.lx - labels[i]!.lw - 16)
  anchors.forEach((a, i) => {
    const { x, lx } = labels[i]!
    if (mark === 'tick') c.rect(x - 1.5, trackY - 16, 3, 32, MUTED)
    else c.circle(x, trackY, 13, ACCENT)
    drawText(c, a.name, lx, trackY + 46, 20, MUTED)
  })
}
