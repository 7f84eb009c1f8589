// The shape of the glyph tables that scripts/build/fonts.mjs writes into worker/generated/glyphs.ts.

/** One weight of Inter, in stored units (font units / 8), y down. */
export interface Font {
  unitsPerEm: number
  ascender: number
  descender: number
  /** Distinct outlines (see encodePath in scripts/build/fonts.mjs). */
  paths: readonly string[]
  /** Character → "advance|outline;outline …", each outline "index" or "index dx dy". */
  glyphs: Readonly<Record<string, string>>
}

/** The weights the card draws with: names in regular, its own words in bold. */
export interface Fonts {
  regular: Font
  bold: Font
}
