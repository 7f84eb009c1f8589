/** Small wording helpers shared by the model's sentences and the pages. */

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

/** Words as a reader counts them: runs of characters between spaces ("A/B" is one word). */
export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']

/** A count in words up to twelve, as prose writes it ("three skills"); digits beyond. */
export const countWord = (n: number): string => COUNT_WORDS[n] ?? String(n)

/** The text with its first letter in capitals. */
export const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)
