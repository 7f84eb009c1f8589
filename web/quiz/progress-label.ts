/**
 * "Question 4 · about 9 more": honest about a length that depends on the answers. `left` is
 * how many questions are likely to follow this one.
 */
export function questionLabel(number: number, left: number): string {
  if (left <= 0) return `Question ${number} · the last one`
  return `Question ${number} · about ${left} more`
}
