import { fonts } from '../generated/glyphs'
import type { Canvas, Polygon, Rgb } from './raster'

export type Weight = keyof typeof fonts

interface Glyph {
  advance: number
  /** Contours in font units (y down), already flattened to polygons. */
  contours: Polygon[]
}

const cache: Record<string, Glyph> = {}

/** Decodes a glyph written by scripts/build-font.mjs, flattening its quadratic curves. */
function glyph(weight: Weight, ch: string): Glyph {
  const key = weight + ch
  const hit = cache[key]
  if (hit) return hit
  const table = fonts[weight].glyphs as Record<string, string>
  const data = table[ch] ?? table['?']!
  const [advance, path = ''] = data.split('|')
  const contours: Polygon[] = []
  let current: Polygon = []
  let x = 0
  let y = 0
  for (const [, cmd, args] of path.matchAll(/([MLQZ])([^MLQZ]*)/g)) {
    const n = (args ?? '').match(/-?\d+/g)?.map(Number) ?? []
    if (cmd === 'M') {
      if (current.length) contours.push(current)
      x += n[0]!
      y += n[1]!
      current = [x, y]
    } else if (cmd === 'L') {
      x += n[0]!
      y += n[1]!
      current.push(x, y)
    } else if (cmd === 'Q') {
      const cx = x + n[0]!
      const cy = y + n[1]!
      const ex = cx + n[2]!
      const ey = cy + n[3]!
      for (let i = 1; i <= 6; i++) {
        const t = i / 6
        const u = 1 - t
        current.push(u * u * x + 2 * u * t * cx + t * t * ex, u * u * y + 2 * u * t * cy + t * t * ey)
      }
      x = ex
      y = ey
    } else if (cmd === 'Z') {
      if (current.length) contours.push(current)
      current = []
    }
  }
  if (current.length) contours.push(current)
  return (cache[key] = { advance: Number(advance), contours })
}

/** Width of a line of text in pixels. */
export function measure(text: string, size: number, weight: Weight = 'regular'): number {
  const scale = size / fonts[weight].unitsPerEm
  let width = 0
  for (const ch of text) width += glyph(weight, ch).advance * scale
  return width
}

/** Draws one line of text with its baseline at y; returns its width. */
export function drawText(canvas: Canvas, text: string, x: number, y: number, size: number, color: Rgb, weight: Weight = 'regular'): number {
  const scale = size / fonts[weight].unitsPerEm
  const polygons: Polygon[] = []
  let pen = x
  for (const ch of text) {
    const g = glyph(weight, ch)
    for (const c of g.contours) polygons.push(c.map((v, i) => (i % 2 === 0 ? pen + v * scale : y + v * scale)))
    pen += g.advance * scale
  }
  if (polygons.length) canvas.fill(polygons, color)
  return pen - x
}

/** Shortens text with an ellipsis until it fits in maxWidth. */
export function fit(text: string, size: number, maxWidth: number, weight: Weight = 'regular'): string {
  if (measure(text, size, weight) <= maxWidth) return text
  let t = text
  while (t.length > 1 && measure(`${t}…`, size, weight) > maxWidth) t = t.slice(0, -1)
  return `${t.trimEnd()}…`
}
