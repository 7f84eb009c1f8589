import type { AnyResult, CertaintyKind, LegacyRoleFit, Result, RoleFit, Scores, Seniority } from '../model/types'
import { inSentence, matchBand, roleAtBand } from '../model/words'
import { scorePhrase, shortScore } from './format'

/**
 * The words of a placement, shared by the result page, the embed card, the link previews and
 * the social card, so that all of them say the same thing. Results stored by quiz versions 0
 * and 1 have no seniority or certainty: `isPlaced` tells them apart, and they keep their old words.
 */

/** How far along a role's path, in words. */
export const SENIORITY_WORDS: Record<Seniority, string> = {
  entry: 'early career',
  mid: 'mid-level',
  senior: 'senior',
  lead: 'lead level',
}

/** How sure the placement is, as a label. */
export const CERTAINTY_LABELS: Record<CertaintyKind, string> = {
  clear: 'Clear placement',
  close: 'Close call',
  unclear: 'Unclear placement',
}

/** A result with seniority, must-haves and certainty (quiz version 2 on). */
export const isPlaced = (result: AnyResult): result is Result =>
  result.certainty !== undefined && result.roles.every((r) => r.seniority !== undefined && r.mustHaves !== undefined)

/**
 * The other role of a close call: the one that most often takes the top place when answers are
 * nudged; when the placement is steady but the next role's score is nearly as high, that role; or
 * the role whose typical holders answer more like the person (model/certainty.ts holdersRival).
 */
export const rivalOf = (result: Result): RoleFit => result.roles.find((r) => r.id === result.certainty.rival) ?? result.roles[1]!

/**
 * A role's seniority in words: "early career", or, for a range of two (`nearBand`: the offset near
 * a cut, or the role's holders reading the neighbouring band), both bands from the lower: "early
 * career to mid-level".
 */
export function seniorityWords(role: Pick<LegacyRoleFit, 'seniority' | 'nearBand'> & { seniority: Seniority }): string {
  const near = role.nearBand
  if (!near) return SENIORITY_WORDS[role.seniority]
  // The lower first: the band a range's match is counted at (model/words.ts).
  const low = matchBand({ seniority: role.seniority, nearBand: near })
  return `${SENIORITY_WORDS[low]} to ${SENIORITY_WORDS[low === near ? role.seniority : near]}`
}

/** "ML engineer · early career", "Data scientist · early career to mid-level". */
export const roleWithSeniority = (role: Pick<RoleFit, 'name' | 'seniority' | 'nearBand'>): string =>
  `${role.name} · ${seniorityWords(role)}`

/** "an early-career ML engineer", "a mid-level data scientist" (model/words.ts, where the model's reasons use it too). */
export { roleAtBand }

/**
 * The key of the marks on the area bars (result.asks): the headline role at the band its match is
 * counted at (the lower of a range of two: model/words.ts matchBand), scored on the questions the
 * person answered, which are the ones their own bars rest on.
 */
export const marksKey = (role: Pick<RoleFit, 'name' | 'seniority' | 'nearBand'>): string =>
  `Marks: what ${roleAtBand({ name: role.name, seniority: matchBand(role) })} would score on the same questions.`

/**
 * The marks of a result's area bars and their key: what its headline role asks, from quiz
 * version 3 on, unless the placement is unclear (then nothing may read firmer than it).
 */
export function marksOf(result: AnyResult): { scores: Scores; key: string } | undefined {
  if (!result.asks || !isPlaced(result) || result.certainty.kind === 'unclear') return undefined
  return { scores: result.asks, key: marksKey(result.roles[0]!) }
}

/**
 * Unclear because the answers show no role's core skills yet (every role has a must-have not
 * met): the pages then offer paths to explore instead of a role verdict. Until placement weighed
 * the holders' answers (7 December 2026) the role first was the only one checked, which came to
 * the same: roles with their must-haves met were always placed first.
 */
export const isExploring = (result: Result): boolean =>
  result.certainty.kind === 'unclear' && result.roles.every((r) => r.mustHaves.some((m) => !m.met))

/** The roles whose paths are offered when there is no verdict: the three closest. */
export const pathRoles = (result: Result): RoleFit[] => result.roles.slice(0, 3)

/** "a, b or c" (or "and"), names in sentence case. */
export function orList(names: string[], joiner: 'or' | 'and' = 'or'): string {
  const words = names.map(inSentence)
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${joiner} ${words[words.length - 1]}`
}

/** Before the headline of an unclear placement that still names a role: it is only a best guess. */
export const HEDGE = 'Best guess: '

/**
 * The headline: "ML engineer · early career"; "Best guess: ML engineer · lead level" when the
 * placement is unclear; "Paths to explore" when there is no verdict.
 */
export function headline(result: Result): string {
  if (isExploring(result)) return 'Paths to explore'
  return `${result.certainty.kind === 'unclear' ? HEDGE : ''}${roleWithSeniority(result.roles[0]!)}`
}

/** What follows the certainty label on one line: the two roles of a close call, where to look when unclear. */
export function certaintyDetail(result: Result): string | undefined {
  const { kind } = result.certainty
  if (kind === 'close') return `${result.roles[0]!.name} or ${inSentence(rivalOf(result).name)}`
  if (kind === 'unclear') return isExploring(result) ? 'see the paths on the page' : 'see why on the page'
  return undefined
}

/**
 * The certainty in one short line, for the card and previews: "Clear placement", "Close call:
 * ML engineer or applied scientist", "Unclear placement: see the paths on the page".
 */
export function certaintyLine(result: Result): string {
  const detail = certaintyDetail(result)
  return `${CERTAINTY_LABELS[result.certainty.kind]}${detail ? `: ${detail}` : ''}`
}

/**
 * A title for link previews and oEmbed: "ML engineer · early career (clear placement)",
 * "… (close call with applied scientist)", "Product manager · mid-level, beside the spectrum (…)",
 * or "Paths to explore towards a, b or c (unclear placement)".
 */
export function placementTitle(result: Result): string {
  if (isExploring(result)) return `Paths to explore towards ${orList(pathRoles(result).map((r) => r.name))} (unclear placement)`
  const top = result.roles[0]!
  const { kind } = result.certainty
  const how = kind === 'close' ? `close call with ${inSentence(rivalOf(result).name)}` : CERTAINTY_LABELS[kind].toLowerCase()
  return `${roleWithSeniority(top)}${result.spectrum.offSpectrum ? ', beside the spectrum' : ''} (${how})`
}

/** A description for link previews: the certainty, the top role with its seniority and fit, the place on the spectrum. */
export function placementDescription(result: Result): string {
  const top = result.roles[0]!
  const role = isExploring(result)
    ? `No role’s core skills yet; paths towards ${orList(pathRoles(result).map((r) => r.name))}.`
    : `${top.name}, ${seniorityWords(top)}${top.match !== undefined && result.certainty.kind === 'unclear' ? '' : `: ${scorePhrase(top)}`}.`
  return `${certaintyLine(result)}. ${role} ${result.spectrum.label}.`
}

/**
 * The top role's number as shown beside it in cards and comparisons ("92% match"; "58 fit" on
 * older results), or nothing where it would claim more than the certainty: a best guess of
 * version 3 on, or a result with no role's core skills yet.
 */
export function topScore(result: AnyResult): string | undefined {
  const top = result.roles[0]!
  if (top.match === undefined) return shortScore(top)
  return result.certainty?.kind === 'unclear' || (isPlaced(result) && isExploring(result)) ? undefined : shortScore(top)
}
