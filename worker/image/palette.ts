import type { AreaId } from '../../model/types'
import type { Rgb } from './raster'
import { canDraw } from './text'

/** What the social cards share: their size, colours on the dark background, short area names, names they can draw. */

export const CARD_WIDTH = 1200
export const CARD_HEIGHT = 630

export const BG: Rgb = [15, 16, 32]
export const SURFACE: Rgb = [30, 32, 58]
export const TRACK: Rgb = [52, 55, 92]
export const TEXT: Rgb = [236, 237, 247]
export const MUTED: Rgb = [169, 171, 195]
export const ACCENT: Rgb = [139, 140, 248]

export const AREA_SHORT: Record<AreaId, string> = {
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
