import type { AnyResult, AreaId } from '../../model/types'
import { isPlaced, marksOf } from '../../contract/placement-words'
import { drawPlacementLines, PLACED_LAYOUT } from './placement-lines'
import { encodePng } from './png'
import { ACCENT, AREA_SHORT, BG, CARD_HEIGHT, CARD_WIDTH, drawableName, MUTED, SURFACE, TEXT, TRACK } from './palette'
import { Canvas } from './raster'
import { drawSpectrumScale } from './spectrum-scale'
import { drawText, fit, measure } from './text'

export { CARD_HEIGHT, CARD_WIDTH, drawableName } from './palette'
/** The comparison card of two results lives beside it, in the same lazily loaded module. */
export { renderCompareCardPng } from './compare-card'
/** So does the front-door card of the landing page and the quiz. */
export { renderInviteCardPng } from './invite-card'

/** Draws the social card of a result (1200×630): top role, spectrum with marker, five areas. */
export function drawCard(result: AnyResult, displayName?: string): Canvas {
  const c = new Canvas(CARD_WIDTH, CARD_HEIGHT, BG)
  const left = 80
  const right = CARD_WIDTH - 80
  const width = right - left

  // Brand
  c.roundRect(left, 62, 40, 7, 3.5, TRACK)
  c.circle(left + 26, 65.5, 11, ACCENT)
  drawText(c, 'Role Spectrum', left + 54, 76, 28, TEXT, 'bold')
  const person = drawableName(displayName)
  const who = person ? fit(`${person}’s result`, 26, 420) : 'A skills self-assessment'
  drawText(c, who, right - measure(who, 26), 76, 26, MUTED)

  // Top role and where the person sits: from quiz version 2 on with seniority and certainty
  // (placement-lines.ts), lower spectrum and areas to make room; older results as they always were.
  const placed = isPlaced(result)
  if (placed) drawPlacementLines(c, result, left, width, { text: TEXT, muted: MUTED, accent: ACCENT })
  else {
    const top = result.roles[0]!
    drawText(c, 'Closest fit', left, 160, 28, MUTED)
    const name = fit(top.name, 76, width - 200, 'bold')
    const nameWidth = drawText(c, name, left, 240, 76, TEXT, 'bold')
    drawText(c, `${top.fit} fit`, left + nameWidth + 24, 240, 36, ACCENT, 'bold')
    drawText(c, fit(`${result.spectrum.label}.`, 30, width), left, 292, 30, MUTED)
  }

  // Spectrum
  const trackY = placed ? PLACED_LAYOUT.trackY : 360
  drawSpectrumScale(c, result.spectrum.anchors, left, width, trackY)
  const mx = left + result.spectrum.position * width
  c.circle(mx, trackY, 24, BG)
  c.circle(mx, trackY, 19, ACCENT)

  // Five areas; from quiz version 3, each bar marks what the headline role asks, with a key below
  // (the panel grows by 14 and its rows move up 6 to make room).
  const marks = marksOf(result)
  const panelY = placed ? PLACED_LAYOUT.panelY : 440
  const up = marks ? 6 : 0
  c.roundRect(left - 24, panelY, width + 48, marks ? 144 : 130, 18, SURFACE)
  const ids = Object.keys(result.scores) as AreaId[]
  const col = width / ids.length
  ids.forEach((id, i) => {
    const x = left + i * col
    const barW = col - 36
    drawText(c, fit(AREA_SHORT[id], 22, barW), x, panelY + 44 - up, 22, MUTED)
    const score = String(result.scores[id])
    drawText(c, score, x, panelY + 92 - up, 36, TEXT, 'bold')
    const bx = x + Math.max(70, measure(score, 36, 'bold') + 10) // "100" is wider than the usual two digits
    const bw = barW - (bx - x)
    const by = panelY + 74 - up
    c.roundRect(bx, by, bw, 12, 6, TRACK)
    // Beside a mark a small score keeps its true length: a minimum of 12 could pass a mark it falls short of.
    const least = marks ? 2 : 12
    if (result.scores[id] > 0) c.roundRect(bx, by, Math.max(least, (bw * result.scores[id]) / 100), 12, 6, ACCENT)
    if (marks) {
      const mx = Math.round(bx + (bw * marks.scores[id]) / 100)
      c.rect(mx - 4, by, 8, 12, SURFACE) // a gap either side, so the mark stands apart from the fill
      c.roundRect(mx - 2, by - 7, 4, 26, 2, TEXT)
    }
  })
  if (marks) {
    c.roundRect(left, panelY + 108, 4, 22, 2, TEXT)
    drawText(c, fit(marks.key, 20, width - 16), left + 16, panelY + 126, 20, MUTED)
  }

  return c
}

/** The social card as PNG bytes; `shrink` 2 or 4 gives a thumbnail of 600 × 315 or 300 × 158. */
export async function renderCardPng(result: AnyResult, displayName?: string, shrink = 1): Promise<Uint8Array> {
  const full = drawCard(result, displayName)
  const canvas = shrink > 1 ? full.shrink(shrink) : full
  return encodePng(canvas.width, canvas.height, canvas.pixels)
}
