import * as z from 'zod/mini'

/**
 * Most combining marks allowed in a row on one character. Written languages need few (after
 * NFC, Vietnamese needs none; Hebrew with points or Thai with tone marks two or three); long
 * stacks are "Zalgo" text that spills over the lines around it.
 */
export const MAX_STACKED_MARKS = 4

/**
 * Characters that draw nothing yet count as letters or symbols, so a name made of them looks
 * blank (Hangul fillers, the blank Braille pattern, the combining grapheme joiner, Khmer's
 * invisible vowels). Control and format characters are refused separately.
 */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: U+034F is a combining mark on purpose: alone it is an invisible filler.
const INVISIBLE = /[\u115F\u1160\u3164\uFFA0\u2800\u034F\u17B4\u17B5]/u

/** A character that shows something by itself. */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u

const MARK_STACK = new RegExp(`\\p{M}{${MAX_STACKED_MARKS + 1}}`, 'u')

const codePoint = (ch: string): string => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`

/**
 * What is wrong with a piece of short text, in words that fit after "The name …", or
 * undefined when nothing is. Expects the text trimmed and in NFC.
 */
export function textProblem(text: string): string | undefined {
  // A lone UTF-16 surrogate is not text at all (it cannot be encoded as UTF-8 or put in a URL);
  // U+FFFD is what a decoder leaves where bytes were not valid UTF-8.
  if (/\p{Cs}/u.test(text)) return 'contains a broken character (half of a UTF-16 surrogate pair)'
  if (text.includes('\uFFFD')) return 'contains a broken character (U+FFFD, left where text could not be read)'
  if (/[\p{Zl}\p{Zp}]/u.test(text)) return 'must be on one line (it contains a line or paragraph separator)'
  if (/[\p{Cc}\p{Cf}]/u.test(text)) return 'must not contain control characters'
  const invisible = INVISIBLE.exec(text)
  if (invisible) return `must not contain invisible filler characters (it contains ${codePoint(invisible[0])})`
  if (MARK_STACK.test(text))
    return `must not stack more than ${MAX_STACKED_MARKS} accents or other combining marks on one character`
  // Variation selectors, Mongolian free variation selectors and combining marks draw nothing on
  // their own: a name of only those (and spaces) shows as blank.
  if (!VISIBLE.test(text)) return 'must contain at least one visible character (a letter, number, punctuation mark or symbol)'
  return undefined
}

/**
 * Short free text a person or a host page may give (a display name, a team or member name, a
 * widget's source tag): trimmed, composed to NFC (so "é" typed as e plus an accent is stored as
 * one character and counted as one), 1..40 characters, and readable: no broken characters,
 * control characters, line breaks, invisible fillers or piles of combining marks. Escaped
 * wherever it is shown.
 */
export const shortText = z.string({ error: 'must be a string' }).check(
  z.trim(),
  z.normalize('NFC'),
  z.minLength(1, { error: 'must not be empty' }),
  z.maxLength(40, { error: 'must be at most 40 characters' }),
  z.superRefine((text, ctx) => {
    const problem = textProblem(text)
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: text })
  }),
)

/**
 * A short text read back from storage, where it may predate these rules: kept when it passes
 * them today (in NFC), dropped otherwise, so that one bad name written before cannot break the
 * page that shows it.
 */
export function storedText(text: string | undefined): string | undefined {
  if (text === undefined) return undefined
  const parsed = shortText.safeParse(text)
  return parsed.success ? parsed.data : undefined
}
