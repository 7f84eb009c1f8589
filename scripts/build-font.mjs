// Extracts glyph outlines of Inter (regular and bold) for the characters the social image
// uses, into worker/generated/glyphs.ts, so the worker can draw text without a font parser.
import opentype from 'opentype.js'
import { readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'

const CHARS =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~' +
  'éèêëáàâäíìîïóòôöúùûüçñÉÀÖÜ’‘“”–—…·•'

const load = (weight) => {
  const buf = readFileSync(`node_modules/@fontsource/inter/files/inter-latin-${weight}-normal.woff`)
  return opentype.parse(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength))
}

/** Font units per stored unit: 2048 / 8 = 256 steps per em, under 0.3 px at 72 px. */
const Q = 8

/**
 * One glyph as "advance|path": the path's points in stored units, y down, each relative
 * to the previous point, as M dx dy, L dx dy, Q dcx dcy dx dy (control relative too), Z.
 */
function encode(font, ch) {
  const glyph = font.charToGlyph(ch)
  let px = 0
  let py = 0
  const rel = (x, y) => {
    const qx = Math.round(x / Q)
    const qy = Math.round(-y / Q)
    const out = `${qx - px} ${qy - py}`
    px = qx
    py = qy
    return out
  }
  const parts = []
  for (const c of glyph.path.commands) {
    if (c.type === 'L' && Math.round(c.x / Q) === px && Math.round(-c.y / Q) === py) continue
    if (c.type === 'M' || c.type === 'L') parts.push(c.type + rel(c.x, c.y))
    else if (c.type === 'Q') parts.push('Q' + rel(c.x1, c.y1) + ' ' + rel(c.x, c.y))
    else if (c.type === 'Z') parts.push('Z')
    else throw new Error(`unexpected ${c.type} in ${ch}`)
  }
  return `${Math.round(glyph.advanceWidth / Q)}|${parts.join('').replace(/ -/g, '-')}`
}

const fonts = {}
for (const [name, weight] of [['regular', 400], ['bold', 700]]) {
  const font = load(weight)
  const glyphs = {}
  for (const ch of CHARS) glyphs[ch] = encode(font, ch)
  fonts[name] = { unitsPerEm: font.unitsPerEm / Q, ascender: font.ascender / Q, descender: font.descender / Q, glyphs }
}
await mkdir('worker/generated', { recursive: true })
await writeFile(
  'worker/generated/glyphs.ts',
  `// Written by scripts/build-font.mjs from @fontsource/inter (SIL Open Font License); do not edit.\n` +
    `export const fonts = ${JSON.stringify(fonts)} as const\n`,
)
