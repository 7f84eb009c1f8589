/**
 * The two optional calibration questions of the quiz's last step: the person's current role and
 * years of experience. Their answers go only into the anonymous statistics row (never into the
 * stored result), where /stats sets them against the placement. Shared by the quiz, the one-page
 * form, the API's validation and the statistics page, so the choices cannot drift apart.
 */
/** Current-role answers besides the quiz's own role ids. */
export const OTHER_ROLE_CHOICES = [
  { id: 'other', name: 'Another role' },
  { id: 'student', name: 'Student, or not working in this field' },
] as const

export const YEAR_BANDS = [
  { id: 'under-1', name: 'Less than a year' },
  { id: '1-2', name: '1–2 years' },
  { id: '3-5', name: '3–5 years' },
  { id: '6-10', name: '6–10 years' },
  { id: 'over-10', name: 'More than 10 years' },
] as const

export type YearBand = (typeof YEAR_BANDS)[number]['id']
export const YEAR_BAND_IDS = YEAR_BANDS.map((b) => b.id) as [YearBand, ...YearBand[]]

/** What the quiz may send as `calibration`, both answers optional: as the API's schema takes it. */
export interface Calibration {
  /** A quiz role's id, or one of OTHER_ROLE_CHOICES. */
  currentRole?: string | undefined
  years?: YearBand | undefined
}

/** The name of a current-role answer: a quiz role's name, "Another role", or the student choice. */
export function currentRoleName(id: string, roles: readonly { id: string; name: string }[]): string {
  return [...roles, ...OTHER_ROLE_CHOICES].find((r) => r.id === id)?.name ?? id
}
