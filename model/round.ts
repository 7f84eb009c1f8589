/** A number rounded to three decimals, as positions are stored. */
export const round3 = (x: number): number => Math.round(x * 1000) / 1000
