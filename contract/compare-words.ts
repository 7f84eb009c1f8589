import type { AnyResult } from '../model/types'
import { isExploring, isPlaced, roleWithSeniority, topScore } from './placement-words'
import { quizMinutes } from '../model/content/timing'

/**
 * The words of a comparison that the route, the previews, the page and the card share. Kept
 * small: the route imports it into the main worker, the page itself loads lazily.
 */

export type Letter = 'A' | 'B'

/** One of the two results compared. */
export interface CompareSide {
  letter: Letter
  id: string
  /** The display name, else "Result A" / "Result B"; two equal names get their letter: "Ada (A)". */
  label: string
  result: AnyResult
  quizVersion: number
}

/** The labels of the two sides: display names where set, told apart when they are the same. */
export function sideLabels(a: string | undefined, b: string | undefined): [string, string] {
  const la = a ?? 'Result A'
  const lb = b ?? 'Result B'
  return la === lb ? [`${la} (A)`, `${lb} (B)`] : [la, lb]
}

/** The top role in words: "ML engineer · mid-level"; "no role placement yet"; older results: the role's name. */
export function topRoleWords(result: AnyResult): string {
  if (!isPlaced(result)) return result.roles[0]!.name
  return isExploring(result) ? 'no role placement yet' : roleWithSeniority(result.roles[0]!)
}

/** Title and description of a comparison's page, previews and oEmbed. */
export function compareWords(a: CompareSide, b: CompareSide): { title: string; description: string } {
  const one = (s: CompareSide) =>
    `${s.label}: ${topRoleWords(s.result)} (${s.result.roles[0]!.match === undefined ? `fit ${s.result.roles[0]!.fit}` : (topScore(s.result) ?? 'best guess')})`
  return {
    title: `${a.label} and ${b.label}, compared on the ML role spectrum`,
    description: `${one(a)}. ${one(b)}. Where they differ most and how they complement each other. Take the Role Spectrum quiz (${quizMinutes}) to compare yourself.`,
  }
}
