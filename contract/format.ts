import { type Seniority, SENIORITY_IDS } from '../model/types'
import { inSentence, matchBand } from '../model/words'

/** A role as its number is shown: fit or match, and the band a match is counted at. */
type ScoredRole = { fit: number; match?: number | undefined; seniority?: Seniority | undefined; nearBand?: Seniority | undefined }

export { withArticle } from '../model/words'

/** Small display helpers shared by the result components. */
export const pct = (x: number): string => `${Math.round(x * 100)}%`

/**
 * The number a role is shown with: its match from quiz version 3 on (model/match.ts), on older
 * results the fit they were shown with when made.
 */
export const shownScore = (r: { fit: number; match?: number | undefined }): number => r.match ?? r.fit

/** A band as the level a match is counted at: "at early-career level", "at mid-level". */
const AT_LEVEL: Record<Seniority, string> = {
  entry: 'at early-career level',
  mid: 'at mid-level',
  senior: 'at senior level',
  lead: 'at lead level',
}

/**
 * Where a match is counted, when the seniority is shown as a range of two bands (`nearBand`):
 * the band it was counted at (the lower: model/words.ts matchBand), so the number never reads as
 * covering both. Nothing otherwise.
 */
export const matchLevel = (r: { seniority?: Seniority | undefined; nearBand?: Seniority | undefined }): string =>
  r.nearBand && r.seniority ? ` ${atLevel(matchBand({ seniority: r.seniority, nearBand: r.nearBand }))}` : ''

/** "at early-career level", "at mid-level". */
export const atLevel = (band: Seniority): string => AT_LEVEL[band]

/** How far along the band a match is counted at lies (0 early career … 3 lead; −1 before version 2). */
export const countedAt = (r: { seniority?: Seniority | undefined; nearBand?: Seniority | undefined }): number =>
  r.seniority ? SENIORITY_IDS.indexOf(matchBand({ seniority: r.seniority, nearBand: r.nearBand })) : -1

/** "83% at senior level": a full match's next band (model/types.ts `matchAbove`), or nothing. */
export const aboveText = (r: { matchAbove?: { band: Seniority; match: number } | undefined }): string =>
  r.matchAbove ? `${r.matchAbove.match}% ${atLevel(r.matchAbove.band)}` : ''

/** "92% match" from version 3 on; "fit 58 of 100" as older results always said it. */
export const scorePhrase = (r: ScoredRole): string =>
  r.match === undefined ? `fit ${r.fit} of 100` : `${r.match}% match${matchLevel(r)}`

/** The short form beside a name: "92% match", or "58 fit" on older results. */
export const shortScore = (r: ScoredRole): string =>
  r.match === undefined ? `${r.fit} fit` : `${r.match}% match${matchLevel(r)}`

/** Lower-cases a role name for use mid-sentence, keeping acronyms. */
export const roleInSentence = inSentence

const LEVEL_WORDS = ['not yet', 'beginning', 'working', 'strong', 'expert']
const word = (level: number): string => LEVEL_WORDS[level] ?? String(level)

/** A level in words; one between two steps (a sub-skill with two questions) says so. */
export const levelWord = (level: number): string =>
  Number.isInteger(level) ? word(level) : `between ${word(Math.floor(level))} and ${word(Math.ceil(level))}`

/** A level as a number for "x/4": at most one decimal. */
export const levelNumber = (level: number): string => String(Math.round(level * 10) / 10)

/**
 * Where a position 0..1 sits between the engineering and the science end, in words: the one
 * set of thresholds for titles, share texts and the team map. `short` is for a table cell
 * ("closer to science"), the default for a sentence ("between engineering and science, closer
 * to science"). The result page's own label, which names the nearest roles, comes from the model.
 */
export function positionPhrase(position: number, form: 'sentence' | 'short' = 'sentence'): string {
  const [sentence, short] = positionWords(position)
  return form === 'short' ? short : sentence
}

function positionWords(position: number): [sentence: string, short: string] {
  if (position <= 0.15) return ['at the engineering end', 'engineering end']
  if (position >= 0.85) return ['at the science end', 'science end']
  if (position > 0.42 && position < 0.58) return ['midway between engineering and science', 'midway']
  const side = position < 0.5 ? 'engineering' : 'science'
  return [`between engineering and science, closer to ${side}`, `closer to ${side}`]
}
