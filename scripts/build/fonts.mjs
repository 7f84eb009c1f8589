// Build step `npm run build:fonts`: extracts glyph outlines of Inter (regular and bold) into
// worker/generated/glyphs.ts, typed by worker/image/font.ts, so the worker
// can draw text without a font parser. The regular weight, in which the card draws a
// person's name, takes the Latin, Latin Extended, Vietnamese, Greek and Cyrillic subsets (names
// in those scripts must come out right); it leaves out combining marks: the card draws
// precomposed (NFC) letters only, because placing a loose mark over a capital or a lowercase
// letter needs the font's positioning tables, which this renderer does not read. Accented
// letters are mostly composites in the font (a base letter plus a mark); they are kept as
// references to shared outlines, so several hundred of them cost little.
import { readFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import opentype from 'opentype.js'
import { GENERATED, isMain, report, writeIfChanged } from './common.mjs'

/** The bold weight's characters: printable ASCII and the typography the card's words use. */
const BOLD = /^[\x20-\x7e\u00a0\u00b7\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u2022\u2212]$/

/** Subsets of @fontsource/inter, in order of preference when several hold a character. */
const SUBSETS = ['latin', 'latin-ext', 'vietnamese', 'greek', 'cyrillic']

const load = (subset, weight) => {
  const buf = readFileSync(`node_modules/@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`)
  return opentype.parse(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength))
}

/**
 * Characters a name may hold: letters, digits, punctuation, symbols and spaces, not marks or
 * controls; of the phonetic blocks and symbols the subsets also carry, only what names use
 * (the lowercase of a kept capital such as ə ɛ ɔ ɓ ɗ, the ʻokina and the modifier apostrophe),
 * so that rarely seen outlines do not weigh on the card module.
 */
const wanted = (ch) => {
  const code = ch.codePointAt(0)
  if (!/^[\p{L}\p{N}\p{P}\p{S}\p{Zs}]$/u.test(ch)) return false
  if (code >= 0x250 && code <= 0x2af) return ch.toUpperCase() !== ch && wantedBlock(ch.toUpperCase())
  if (code >= 0x2b0 && code <= 0x2ff) return ch === 'ʻ' || ch === 'ʼ'
  return wantedBlock(ch)
}
/** Basic Latin to Latin Extended-B, Greek without its archaic and mathematical forms, Cyrillic, Latin Extended Additional, punctuation, a few symbols. */
const wantedBlock = (ch) => {
  const code = ch.codePointAt(0)
  return (
    code <= 0x24f ||
    (code >= 0x370 && code <= 0x3ce) ||
    (code >= 0x400 && code <= 0x4ff) ||
    (code >= 0x1e00 && code <= 0x1eff) ||
    (code >= 0x2000 && code <= 0x206f) ||
    '€№™₫'.includes(ch)
  )
}

/** Font units per stored unit: 2048 / 8 = 256 steps per em, under 0.3 px at 72 px. */
const Q = 8

/**
 * One simple outline as a path: its points in stored units, y down, each relative to the
 * previously written point, as M dx dy, L dx dy, Q dcx dcy dx dy (control relative too). A run
 * of lines shares one L ("L dx dy dx dy"), and no contour is closed with Z: the next M or the
 * path's end closes it; the M that starts every outline is left out. TrueType outlines put many
 * curve ends exactly halfway between two control points; such an end is left out ("Q dcx dcy"
 * alone) and the renderer puts it halfway to the next control, which takes about a fifth off
 * the outlines.
 */
function encodePath(glyph, label) {
  const at = (x, y) => [Math.round(x / Q), Math.round(-y / Q)]
  const commands = glyph.path.commands
  let px = 0 // last written point
  let py = 0
  let pen = [0, 0] // current point on the outline
  const rel = ([x, y]) => {
    const out = `${x - px} ${y - py}`
    px = x
    py = y
    return out
  }
  const parts = []
  commands.forEach((c, i) => {
    if (c.type === 'M' || c.type === 'L') {
      const p = at(c.x, c.y)
      if (c.type === 'L' && p[0] === pen[0] && p[1] === pen[1]) return
      const inRun = c.type === 'L' && parts.length > 0 && parts[parts.length - 1].startsWith('L')
      if (inRun) parts[parts.length - 1] += ` ${rel(p)}`
      else parts.push(c.type + rel(p))
      pen = p
    } else if (c.type === 'Q') {
      const control = at(c.x1, c.y1)
      const end = at(c.x, c.y)
      const next = commands[i + 1]
      const nextControl = next?.type === 'Q' ? at(next.x1, next.y1) : undefined
      const implied =
        nextControl &&
        Math.abs((control[0] + nextControl[0]) / 2 - end[0]) <= 0.5 &&
        Math.abs((control[1] + nextControl[1]) / 2 - end[1]) <= 0.5
      parts.push(implied ? `Q${rel(control)}` : `Q${rel(control)} ${rel(end)}`)
      pen = implied ? [(control[0] + nextControl[0]) / 2, (control[1] + nextControl[1]) / 2] : end
    } else if (c.type !== 'Z') throw new Error(`unexpected ${c.type} in ${label}`)
  })
  // Every outline starts with M: it is left out, and the renderer puts it back.
  return parts.join('').replace(/ -/g, '-').replace(/^M/, '')
}

/**
 * The simple outlines a glyph is made of, each with its offset in font units (y up). A composite
 * with a scaled or point-matched component is flattened into one outline instead (its offsets
 * cannot be expressed as a shift).
 */
function pieces(font, glyph, dx = 0, dy = 0) {
  glyph.path // opentype.js reads a glyph's outline (and its components) lazily
  if (!glyph.isComposite) return [{ glyph, dx, dy }]
  const plain = glyph.components.every(
    (c) => c.xScale === 1 && c.yScale === 1 && c.scale01 === 0 && c.scale10 === 0 && c.matchedPoints === undefined,
  )
  if (!plain) return [{ glyph, dx, dy }]
  return glyph.components.flatMap((c) => pieces(font, font.glyphs.get(c.glyphIndex), dx + c.dx, dy + c.dy))
}

/** Extracts the outlines and writes worker/generated/glyphs.ts. */
export async function buildFonts() {
  const fonts = {}
  // Names are drawn in the regular weight only; bold draws the card's own words (brand, role
  // names, scores, certainty), which are plain ASCII with a little typography, so bold takes
  // just those (test/worker/placement.test.ts and card-text.test.ts check every such word).
  for (const [name, weight, subsets] of [
    ['regular', 400, SUBSETS],
    ['bold', 700, SUBSETS.slice(0, 1)],
  ]) {
    /** Distinct outlines, shared by every character that uses them (found by their path text). */
    const paths = []
    const pathIndex = new Map()
    const glyphs = {}
    let unitsPerEm = 0
    let ascender = 0
    let descender = 0
    for (const subset of subsets) {
      const font = load(subset, weight)
      if (subset === SUBSETS[0]) ({ unitsPerEm, ascender, descender } = font)
      for (const code of Object.keys(font.tables.cmap.glyphIndexMap)
        .map(Number)
        .sort((a, b) => a - b)) {
        const ch = String.fromCodePoint(code)
        if (glyphs[ch] !== undefined || !wanted(ch) || (name === 'bold' && !BOLD.test(ch))) continue
        const glyph = font.charToGlyph(ch)
        const refs = []
        for (const p of pieces(font, glyph)) {
          const path = encodePath(p.glyph, ch)
          if (!path) continue
          let index = pathIndex.get(path)
          if (index === undefined) pathIndex.set(path, (index = paths.push(path) - 1))
          const x = Math.round(p.dx / Q)
          const y = Math.round(-p.dy / Q)
          refs.push(x === 0 && y === 0 ? `${index}` : `${index} ${x} ${y}`)
        }
        // "advance|outline;outline …", each outline "index" or "index dx dy" in stored units, y down.
        glyphs[ch] = `${Math.round(glyph.advanceWidth / Q)}|${refs.join(';')}`
      }
    }
    fonts[name] = { unitsPerEm: unitsPerEm / Q, ascender: ascender / Q, descender: descender / Q, paths, glyphs }
  }
  const out = `${GENERATED}/glyphs.ts`
  await mkdir(GENERATED, { recursive: true })
  writeIfChanged(
    out,
    '// Written by scripts/build/fonts.mjs from @fontsource/inter (SIL Open Font License); do not edit.\n' +
      "import type { Fonts } from '../image/font'\n\n" +
      `export const fonts: Fonts = ${JSON.stringify(fonts)}\n`,
  )
  report('fonts', [out])
  for (const [name, font] of Object.entries(fonts))
    console.log(`  ${name}: ${Object.keys(font.glyphs).length} characters, ${font.paths.length} distinct outlines`)
}

if (isMain(import.meta.url)) await buildFonts()
