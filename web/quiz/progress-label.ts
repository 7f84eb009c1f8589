/** "Question 4 · about 9 to go": honest about a length that depends on the answers. */
export function questionLabel(number: number, remaining: number): string {
  if (remaining <= 1) return `Question ${number} · nearly done`
  return `Question ${number} · about ${remaining} to go`
}
