/** Small display helpers shared by the result components. */
export const pct = (x: number): string => `${Math.round(x * 100)}%`

/** Lower-cases a role name for use mid-sentence, keeping acronyms. */
export const roleInSentence = (name: string): string => (/^(ML|MLOps)\b/.test(name) ? name : name.toLowerCase())

const LEVEL_WORDS = ['not yet', 'beginning', 'working', 'strong', 'expert']
export const levelWord = (level: number): string => LEVEL_WORDS[Math.round(level)] ?? String(level)

/** "a data scientist", "an ML engineer", "an applied scientist". */
export const withArticle = (name: string): string => {
  const word = roleInSentence(name)
  return `${/^(ML|MLOps)\b/.test(name) || /^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`
}
