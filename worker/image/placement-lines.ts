import { matchLevel } from '../../contract/format'
import type { CertaintyKind, Result } from '../../model/types'
import { CERTAINTY_LABELS, certaintyDetail, isExploring, orList, pathRoles, seniorityWords } from '../../contract/placement-words'
import type { Canvas, Rgb } from './raster'
import { drawText, fit, measure } from './text'

/**
 * The head of the social card of a result with seniority and certainty (quiz version 2 on):
 * a small line with the fit, the title "<role> · <seniority>", one certainty line in plain
 * words and the place on the spectrum. With no role's core skills yet, the title offers the
 * paths instead of a role. Results of versions 0 and 1 keep their old head (card.ts).
 */
export interface CardLines {
  /** Small line above the title. */
  eyebrow: string
  /** The title, drawn in two tones: `title` then `titleTail`. */
  title: string
  titleTail: string
  certainty: { kind: CertaintyKind; label: string; detail?: string | undefined }
  /** The last line: the place on the spectrum, or the roles the paths lead to. */
  detail: string
}

export function cardLines(result: Result): CardLines {
  const top = result.roles[0]!
  const certainty = {
    kind: result.certainty.kind,
    label: CERTAINTY_LABELS[result.certainty.kind],
    detail: certaintyDetail(result),
  }
  if (isExploring(result))
    return {
      eyebrow: 'No role placement yet',
      title: 'Paths to explore',
      titleTail: '',
      certainty,
      detail: `Towards ${orList(pathRoles(result).map((r) => r.name))}.`,
    }
  return {
    eyebrow:
      top.match !== undefined
        ? result.certainty.kind === 'unclear'
          ? 'Best guess'
          : `${top.match}% match with the role${matchLevel(top) || ' at this level'}`
        : result.certainty.kind === 'unclear'
          ? `Best guess, with a fit of ${top.fit} of 100`
          : `Closest fit, ${top.fit} of 100`,
    title: top.name,
    titleTail: ` · ${seniorityWords(top)}`,
    certainty,
    // The model's words for a role beside the spectrum run too long for one line of the card.
    detail: result.spectrum.offSpectrum
      ? `${result.spectrum.offSpectrum.name} sits beside the spectrum; the marker shows the technical side.`
      : `${result.spectrum.label}.`,
  }
}

/** Colours of the certainty label on the card's dark background (each at least 7:1 against it). */
const KIND_COLOURS: Record<CertaintyKind, Rgb> = {
  clear: [134, 239, 172],
  close: [253, 224, 71],
  unclear: [253, 186, 116],
}

/**
 * Title sizes tried, largest first: the longest role with one band fits at 60, with a range of
 * two bands ("ML hardware engineer · early career to mid-level") at 43.
 */
const TITLE_SIZES = [68, 64, 60, 56, 52, 48, 43]

/** Where the spectrum and the area panel go below this head. */
export const PLACED_LAYOUT = { trackY: 392, panelY: 462 }

/** Draws the head between the brand line and the spectrum. */
export function drawPlacementLines(
  c: Canvas,
  result: Result,
  left: number,
  width: number,
  colours: { text: Rgb; muted: Rgb; accent: Rgb },
): void {
  const lines = cardLines(result)
  drawText(c, lines.eyebrow, left, 150, 28, colours.muted)

  const whole = `${lines.title}${lines.titleTail}`
  const size = TITLE_SIZES.find((s) => measure(whole, s, 'bold') <= width) ?? TITLE_SIZES[TITLE_SIZES.length - 1]!
  const title = fit(lines.title, size, width, 'bold')
  const titleWidth = drawText(c, title, left, 228, size, colours.text, 'bold')
  if (lines.titleTail)
    drawText(c, fit(lines.titleTail, size, width - titleWidth, 'bold'), left + titleWidth, 228, size, colours.accent, 'bold')

  const { label, detail, kind } = lines.certainty
  const labelWidth = drawText(c, label, left, 282, 30, KIND_COLOURS[kind], 'bold')
  if (detail) drawText(c, fit(`: ${detail}`, 30, width - labelWidth), left + labelWidth, 282, 30, colours.text)

  const detailSize = [26, 24, 22].find((s) => measure(lines.detail, s) <= width) ?? 22
  drawText(c, fit(lines.detail, detailSize, width), left, 326, detailSize, colours.muted)
}
