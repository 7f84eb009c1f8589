import type { AreaId, Result } from '../../model/types'
import { encodePng } from './png'
import { Canvas, type Rgb } from './raster'
import { canDraw, drawText, fit, measure } from './text'

export const CARD_WIDTH = 1200
export const CARD_HEIGHT = 630

const BG: Rgb = [15, 16, 32]
const SURFACE: Rgb = [30, 32, 58]
const TRACK: Rgb = [52, 55, 92]
const TEXT: Rgb = [236, 237, 247]
const MUTED: Rgb = [169, 171, 195]
const ACCENT: Rgb = [139, 140, 248]

const AREA_SHORT: Record<AreaId, string> = {
  stats: 'Statistics',
  ml: 'ML',
  swe: 'Software',
  infra: 'Infrastructure',
  comm: 'Communication',
}

/**
 * The display name as the card can draw it (composed, NFC, so that an accented letter typed as
 * letter plus mark meets the font's precomposed glyph), or undefined when the font lacks any of
 * its characters: the name is then left off the card rather than drawn with gaps or stand-ins
 * (the result page still shows it).
 */
export function drawableName(displayName: string | undefined): string | undefined {
  const name = displayName?.normalize('NFC')
  return name && canDraw(name, 'regular') ? name : undefined
}

/** Draws the social card of a result (1200×630): top role, spectrum with marker, five areas. */
export function drawCard(result: Result, displayName?: string): Canvas {
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

  // Top role and where the person sits
  const top = result.roles[0]!
  drawText(c, 'Closest fit', left, 160, 28, MUTED)
  const name = fit(top.name, 76, width - 200, 'bold')
  const nameWidth = drawText(c, name, left, 240, 76, TEXT, 'bold')
  drawText(c, `${top.fit} fit`, left + nameWidth + 24, 240, 36, ACCENT, 'bold')
  drawText(c, fit(`${result.spectrum.label}.`, 30, width), left, 292, 30, MUTED)

  // Spectrum
  const trackY = 360
  c.roundRect(left, trackY - 6, width, 12, 6, TRACK)
  drawText(c, 'ENGINEERING', left, trackY - 24, 18, MUTED, 'bold')
  const sci = 'SCIENCE'
  drawText(c, sci, right - measure(sci, 18, 'bold'), trackY - 24, 18, MUTED, 'bold')
  const anchors = result.spectrum.anchors
  anchors.forEach((a, i) => {
    const x = left + a.position * width
    c.rect(x - 1.5, trackY - 16, 3, 32, MUTED)
    const label = a.name
    const lw = measure(label, 20)
    const lx = i === 0 ? x : i === anchors.length - 1 ? x - lw : x - lw / 2
    drawText(c, label, lx, trackY + 46, 20, MUTED)
  })
  const mx = left + result.spectrum.position * width
  c.circle(mx, trackY, 24, BG)
  c.circle(mx, trackY, 19, ACCENT)

  // Five areas
  const panelY = 440
  c.roundRect(left - 24, panelY, width + 48, 130, 18, SURFACE)
  const ids = Object.keys(result.scores) as AreaId[]
  const col = width / ids.length
  ids.forEach((id, i) => {
    const x = left + i * col
    const barW = col - 36
    drawText(c, fit(AREA_SHORT[id], 22, barW), x, panelY + 44, 22, MUTED)
    const score = String(result.scores[id])
    drawText(c, score, x, panelY + 92, 36, TEXT, 'bold')
    const bx = x + 70
    const bw = barW - 70
    c.roundRect(bx, panelY + 74, bw, 12, 6, TRACK)
    if (result.scores[id] > 0) c.roundRect(bx, panelY + 74, Math.max(12, (bw * result.scores[id]) / 100), 12, 6, ACCENT)
  })

  return c
}

/** The social card as PNG bytes. */
export async function renderCardPng(result: Result, displayName?: string): Promise<Uint8Array> {
  const canvas = drawCard(result, displayName)
  return encodePng(canvas.width, canvas.height, canvas.pixels)
}
