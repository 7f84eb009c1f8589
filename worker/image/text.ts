import { fonts } from '../generated/glyphs'
import type { Canvas, Polygon, Rgb } from './raster'

export type Weight = keyof typeof fonts

interface Glyph {
  advance: number
  /** Contours in font units (y down), already flattened to polygons. */
  contours: Polygon[]
}

const cache: Record<string, Glyph> = {}
const outlines: Record<string, Polygon[]> = {}

/** A character the font lacks: drawn as nothing (never as a stand-in such as "?"). */
const MISSING: Glyph = { advance: 0, contours: [] }

/** Whether the font has a glyph for every character of the text (compared as written; callers normalise). */
export function canDraw(text: string, weight: Weight = 'regular'): boolean {
  const table = fonts[weight].glyphs
  for (const ch of text) if (table[ch] === undefined) return false
  return true
}

/**
 * Decodes one outline written by scripts/build/fonts.mjs, flattening its quadratic curves. A
 * curve written without its end ("Q dx dy") ends halfway to the next curve's control point; an
 * L may carry a run of points; a contour ends at the next M or at the end of the path, and the
 * M that starts every outline is not written.
 */
function outline(weight: Weight, index: number): Polygon[] {
  const key = weight + index
  const hit = outlines[key]
  if (hit) return hit
  const path = `M${fonts[weight].paths[index] ?? ''}`
  const commands = [...path.matchAll(/([MLQ])([^MLQ]*)/g)].map(([, cmd, args]) => ({
    cmd,
    n: (args ?? '').match(/-?\d+/g)?.map(Number) ?? [],
  }))
  const contours: Polygon[] = []
  let current: Polygon = []
  let x = 0 // the pen, on the outline
  let y = 0
  let lx = 0 // the last written point, which the next one is relative to
  let ly = 0
  commands.forEach(({ cmd, n }, i) => {
    if (cmd === 'M') {
      if (current.length) contours.push(current)
      x = lx += n[0]!
      y = ly += n[1]!
      current = [x, y]
    } else if (cmd === 'L') {
      for (let k = 0; k < n.length; k += 2) {
        x = lx += n[k]!
        y = ly += n[k + 1]!
        current.push(x, y)
      }
    } else {
      const cx = (lx += n[0]!)
      const cy = (ly += n[1]!)
      let ex: number
      let ey: number
      if (n.length === 4) {
        ex = lx += n[2]!
        ey = ly += n[3]!
      } else {
        const next = commands[i + 1]?.n ?? [0, 0]
        ex = cx + next[0]! / 2
        ey = cy + next[1]! / 2
      }
      for (let s = 1; s <= 6; s++) {
        const t = s / 6
        const u = 1 - t
        current.push(u * u * x + 2 * u * t * cx + t * t * ex, u * u * y + 2 * u * t * cy + t * t * ey)
      }
      x = ex
      y = ey
    }
  })
  if (current.length) contours.push(current)
  return (outlines[key] = contours)
}

/** A character's glyph: its outlines (shared with other characters), each shifted into place. */
function glyph(weight: Weight, ch: string): Glyph {
  const key = weight + ch
  const hit = cache[key]
  if (hit) return hit
  const data = fonts[weight].glyphs[ch]
  if (data === undefined) return MISSING
  const [advance, refs = ''] = data.split('|')
  const contours: Polygon[] = []
  for (const ref of refs ? refs.split(';') : []) {
    const [index = 0, dx = 0, dy = 0] = ref.split(' ').map(Number)
    for (const c of outline(weight, index)) contours.push(dx || dy ? c.map((v, i) => v + (i % 2 === 0 ? dx : dy)) : c)
  }
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
export function drawText(
  canvas: Canvas,
  text: string,
  x: number,
  y: number,
  size: number,
  color: Rgb,
  weight: Weight = 'regular',
): number {
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

/** Shortens text with an ellipsis until it fits in maxWidth (by whole characters, never half a surrogate pair). */
export function fit(text: string, size: number, maxWidth: number, weight: Weight = 'regular'): string {
  if (measure(text, size, weight) <= maxWidth) return text
  const chars = Array.from(text)
  while (chars.length > 1 && measure(`${chars.join('')}…`, size, weight) > maxWidth) chars.pop()
  return `${chars.join('').trimEnd()}…`
}
