import type { SpectrumAnchor } from '../../model/types'
import { encodePng } from './png'
import { ACCENT, BG, CARD_HEIGHT, CARD_WIDTH, SURFACE, TEXT, TRACK } from './palette'
import { Canvas } from './raster'
import { drawSpectrumScale } from './spectrum-scale'
import { drawText, fit } from './text'

/** What the front-door card says besides the spectrum. */
export interface InviteLines {
  title: string
  subtitle: string
  facts: string
}

/**
 * The card of the landing page and the quiz (1200×630), for link previews of the links people
 * share first: the question the quiz answers, the spectrum with its roles, and how long it takes.
 */
export function drawInviteCard(lines: InviteLines, anchors: SpectrumAnchor[]): Canvas {
  const c = new Canvas(CARD_WIDTH, CARD_HEIGHT, BG)
  const left = 80
  const right = CARD_WIDTH - 80
  const width = right - left

  c.roundRect(left, 62, 40, 7, 3.5, TRACK)
  c.circle(left + 26, 65.5, 11, ACCENT)
  drawText(c, 'Role Spectrum', left + 54, 76, 28, TEXT, 'bold')

  drawText(c, fit(lines.title, 52, width, 'bold'), left, 190, 52, TEXT, 'bold')
  drawText(c, fit(lines.subtitle, 52, width, 'bold'), left, 256, 52, TEXT, 'bold')

  drawSpectrumScale(c, anchors, left, width, 372, 'dot')

  c.roundRect(left - 24, 470, width + 48, 92, 18, SURFACE)
  drawText(c, fit(lines.facts, 28, width - 40), left, 526, 28, TEXT)
  return c
}

/** The front-door card as PNG bytes. */
export async function renderInviteCardPng(lines: InviteLines, anchors: SpectrumAnchor[]): Promise<Uint8Array> {
  const canvas = drawInviteCard(lines, anchors)
  return encodePng(canvas.width, canvas.height, canvas.pixels)
}
