import type { AnyResult, AreaId, SpectrumAnchor } from '../../model/types'
import { sideLabels, topRoleWords } from '../../contract/compare-words'
import { topScore } from '../../contract/placement-words'
import { ACCENT, AREA_SHORT, BG, CARD_HEIGHT, CARD_WIDTH, drawableName, MUTED, SURFACE, TEXT, TRACK } from './palette'
import { encodePng } from './png'
import { Canvas, type Rgb } from './raster'
import { drawText, fit, measure } from './text'

/** The second series: teal beside the accent's indigo, and always with its own shape and letter. */
const SECOND: Rgb = [94, 234, 212]

/** One of the two results on the card. */
export interface CardSide {
  result: AnyResult
  name?: string | undefined
}

/** A side's mark: A a circle, B a diamond, each with its letter, so that colour is never the only difference. */
function mark(c: Canvas, letter: 'A' | 'B', x: number, y: number, r: number): void {
  if (letter === 'A') {
    c.circle(x, y, r + 4, BG)
    c.circle(x, y, r, ACCENT)
  } else {
    const d = r * 1.3
    c.fill([[x, y - d - 5, x + d + 5, y, x, y + d + 5, x - d - 5, y]], BG)
    c.fill([[x, y - d, x + d, y, x, y + d, x - d, y]], SECOND)
  }
  const size = Math.round(r * 1.15)
  drawText(c, letter, x - measure(letter, size, 'bold') / 2, y + size * 0.36, size, BG, 'bold')
}

/** Draws the card of a comparison (1200×630): both names and top roles, one spectrum with two marks, the areas as pairs of bars. */
export function drawCompareCard(a: CardSide, b: CardSide, anchors: SpectrumAnchor[]): Canvas {
  const c = new Canvas(CARD_WIDTH, CARD_HEIGHT, BG)
  const left = 80
  const right = CARD_WIDTH - 80
  const width = right - left
  const [labelA, labelB] = sideLabels(drawableName(a.name), drawableName(b.name))
  const sides = [
    { letter: 'A' as const, side: a, label: labelA, colour: ACCENT },
    { letter: 'B' as const, side: b, label: labelB, colour: SECOND },
  ]

  // Brand
  c.roundRect(left, 62, 40, 7, 3.5, TRACK)
  c.circle(left + 26, 65.5, 11, ACCENT)
  drawText(c, 'Role Spectrum', left + 54, 76, 28, TEXT, 'bold')
  const kind = 'Two results compared'
  drawText(c, kind, right - measure(kind, 26), 76, 26, MUTED)

  // Who, and the role each fits best
  sides.forEach(({ letter, side, label }, i) => {
    const y = 160 + i * 74
    mark(c, letter, left + 20, y - 14, 20)
    const name = fit(label, 44, width / 2 - 60, 'bold')
    const nameWidth = drawText(c, name, left + 56, y, 44, TEXT, 'bold')
    const score = topScore(side.result)
    const role = score ? `${topRoleWords(side.result)} · ${score}` : topRoleWords(side.result)
    drawText(c, fit(role, 32, width - nameWidth - 90), left + 56 + nameWidth + 24, y, 32, MUTED)
  })

  // One spectrum, A above the track and B below; the ends' names sit above A's marker.
  const { trackY, endLabelY, endLabelSize, markerOffset, markerRadius } = COMPARE_SPECTRUM
  drawText(c, 'ENGINEERING', left, endLabelY, endLabelSize, MUTED, 'bold')
  const sci = 'SCIENCE'
  drawText(c, sci, right - measure(sci, endLabelSize, 'bold'), endLabelY, endLabelSize, MUTED, 'bold')
  c.roundRect(left, trackY - 5, width, 10, 5, TRACK)
  for (const anchor of anchors) c.rect(left + anchor.position * width - 1.5, trackY - 14, 3, 28, MUTED)
  sides.forEach(({ letter, side }) => {
    const y = letter === 'A' ? trackY - markerOffset : trackY + markerOffset
    mark(c, letter, left + side.result.spectrum.position * width, y, markerRadius)
  })
  const labels = anchors.map((an, i) => {
    const x = left + an.position * width
    const lw = measure(an.name, 20)
    return { name: an.name, lx: i === 0 ? x : i === anchors.length - 1 ? x - lw : x - lw / 2, lw }
  })
  for (let i = labels.length - 2; i > 0; i--) labels[i]!.lx = Math.min(labels[i]!.lx, labels[i + 1]!.lx - labels[i]!.lw - 16)
  for (const l of labels) drawText(c, l.name, l.lx, trackY + 66, 20, MUTED)

  // Five areas, a pair of bars each
  const panelY = 438
  c.roundRect(left - 24, panelY, width + 48, 160, 18, SURFACE)
  const ids = Object.keys(a.result.scores) as AreaId[]
  const col = width / ids.length
  ids.forEach((id, i) => {
    const x = left + i * col
    const barW = col - 36
    drawText(c, fit(AREA_SHORT[id], 22, barW), x, panelY + 42, 22, MUTED)
    sides.forEach(({ letter, side, colour }, j) => {
      const y = panelY + 84 + j * 44
      const score = side.result.scores[id]
      mark(c, letter, x + 10, y - 9, 10)
      drawText(c, String(score), x + 28, y, 28, TEXT, 'bold')
      const bx = x + 28 + Math.max(50, measure(String(score), 28, 'bold') + 8)
      const bw = barW - (bx - x)
      c.roundRect(bx, y - 15, bw, 10, 5, TRACK)
      if (score > 0) c.roundRect(bx, y - 15, Math.max(10, (bw * score) / 100), 10, 5, colour)
    })
  })
  return c
}

/**
 * Where the comparison card's spectrum goes: the ends' names (baseline `endLabelY`, capitals of
 * `endLabelSize` px) sit wholly above A's marker (centre `markerOffset` above the track), so a
 * person at either end never hides the word.
 */
export const COMPARE_SPECTRUM = { trackY: 344, endLabelY: 296, endLabelSize: 18, markerOffset: 20, markerRadius: 16 }

/** The comparison card as PNG bytes; the spectrum's anchors are the newer quiz version's. */
export async function renderCompareCardPng(a: CardSide, b: CardSide): Promise<Uint8Array> {
  const newer = (b.result.quizVersion > a.result.quizVersion ? b : a).result.spectrum.anchors
  const canvas = drawCompareCard(a, b, newer)
  return encodePng(canvas.width, canvas.height, canvas.pixels)
}
