/** Small wording helpers shared by the model's sentences and the pages. */
import { SENIORITY_IDS, type Seniority } from './types'

/** Lower-cases a name for use mid-sentence, keeping acronyms: "ML engineer", "data & ML infrastructure". */
export const inSentence = (name: string): string =>
  name
    .split(' ')
    .map((w) => (/^(ML|MLOps|AI)$/.test(w) ? w : w.toLowerCase()))
    .join(' ')

/** "a data scientist", "an ML engineer", "an applied scientist". */
export const withArticle = (name: string): string => {
  const word = inSentence(name)
  return `${/^(ML|MLOps)\b/.test(word) || /^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`
}

/** Seniority words before a role's name: "an early-career ML engineer", "a senior data scientist". */
const BAND_ADJECTIVES: Record<Seniority, string> = {
  entry: 'early-career',
  mid: 'mid-level',
  senior: 'senior',
  lead: 'lead-level',
}

/** "an early-career ML engineer", "a mid-level data scientist". */
export const roleAtBand = (role: { name: string; seniority: Seniority }): string =>
  withArticle(`${BAND_ADJECTIVES[role.seniority]} ${role.name}`)

/** Words as a reader counts them: runs of characters between spaces ("A/B" is one word). */
export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']

/** A count in words up to twelve, as prose writes it ("three skills"); digits beyond. */
export const countWord = (n: number): string => COUNT_WORDS[n] ?? String(n)

/** The text with its first letter in capitals. */
export const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

/**
 * The band a headline match is counted at: the person's band, or, when the band is shown as a
 * range of two (`nearBand`: an offset near a cut, or the holders reading the neighbouring band), the lower of the two, so the number measures
 * what the range's first band asks ("early career to mid-level": what early career asks). Counted
 * at the upper one, a career changer whose mentoring answer carried early-career skills over the
 * cut read 58 % "at mid-level" (7 December 2026, holdout39-people-log.md).
 */
export const matchBand = (r: { seniority: Seniority; nearBand?: Seniority | undefined }): Seniority =>
  r.nearBand && SENIORITY_IDS.indexOf(r.nearBand) < SENIORITY_IDS.indexOf(r.seniority) ? r.nearBand : r.seniority
