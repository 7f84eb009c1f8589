import { inSentence } from '../../model/words'

export { withArticle } from '../../model/words'

/** Small display helpers shared by the result components. */
export const pct = (x: number): string => `${Math.round(x * 100)}%`

/** Lower-cases a role name for use mid-sentence, keeping acronyms. */
export const roleInSentence = inSentence

const LEVEL_WORDS = ['not yet', 'beginning', 'working', 'strong', 'expert']
const word = (level: number): string => LEVEL_WORDS[level] ?? String(level)

/** A level in words; one between two steps (a sub-skill with two questions) says so. */
export const levelWord = (level: number): string =>
  Number.isInteger(level) ? word(level) : `between ${word(Math.floor(level))} and ${word(Math.ceil(level))}`

/** A level as a number for "x/4": at most one decimal. */
export const levelNumber = (level: number): string => String(Math.round(level * 10) / 10)

/** A short phrase for a position 0..1 on the spectrum, for titles and previews. */
export function positionPhrase(position: number): string {
  if (position <= 0.15) return 'at the engineering end'
  if (position >= 0.85) return 'at the science end'
  if (position > 0.42 && position < 0.58) return 'midway between engineering and science'
  return `between engineering and science, closer to ${position < 0.5 ? 'engineering' : 'science'}`
}
