/**
 * "Question 4 · about 9 more, at most 16": honest about a length that depends on the answers.
 * `left` is how many questions are likely to follow this one, `atMost` how many can (the cap),
 * and `last` whether this one ends the quiz whatever the answer: only then is it "the last one".
 */
export function questionLabel(number: number, left: number, atMost: number, last: boolean): string {
  if (last || atMost <= 0) return `Question ${number} · the last one`
  if (left <= 0) return `Question ${number} · maybe the last one`
  if (left >= atMost) return `Question ${number} · at most ${atMost} more`
  return `Question ${number} · about ${left} more, at most ${atMost}`
}
