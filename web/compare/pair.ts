import { CORE, mapTeam, memberOf } from '../../model/team'
import type { MemberSnapshot } from '../../model/team'
import { AREA_IDS, type AnyResult, type AreaId, type ScoringContent, SETTING_IDS } from '../../model/types'
import type { CompareSide, Letter } from '../../contract/compare-words'

/**
 * What two results have in common and where they part: the sub-skills and areas with the
 * biggest gaps, and the pair read as a two-member team by the team map's own rules (who
 * covers which role and which bridge). Pure: no I/O, no DOM.
 */

/** A sub-skill both quiz versions asked, with each side's level 0..4. */
export interface SkillGap {
  id: string
  name: string
  area: AreaId
  a: number
  b: number
}

/**
 * Sub-skills whose levels differ by a whole level or more (only those both results measured): the
 * biggest `perSide` where each side is ahead, so that both show, biggest gap first.
 */
export function skillGaps(a: AnyResult, b: AnyResult, perSide = 3): SkillGap[] {
  // Only measured levels: a sub-skill one adaptive path did not ask about is no gap.
  const levelsB = new Map(b.subSkills.filter((s) => s.asked !== false).map((s) => [s.id, s.level]))
  const gaps = a.subSkills
    .filter((s) => s.asked !== false)
    .flatMap((s) => {
      const other = levelsB.get(s.id)
      return other === undefined ? [] : [{ id: s.id, name: s.name, area: s.area, a: s.level, b: other }]
    })
    .filter((g) => Math.abs(g.a - g.b) >= 1)
    .sort((x, y) => Math.abs(y.a - y.b) - Math.abs(x.a - x.b))
  return [...gaps.filter((g) => g.a > g.b).slice(0, perSide), ...gaps.filter((g) => g.b > g.a).slice(0, perSide)].sort(
    (x, y) => Math.abs(y.a - y.b) - Math.abs(x.a - x.b),
  )
}

/** How many sub-skills only one of the two quiz versions asked (left out of the gaps). */
export const unsharedSkills = (a: AnyResult, b: AnyResult): number => {
  const idsA = new Set(a.subSkills.map((s) => s.id))
  const idsB = new Set(b.subSkills.map((s) => s.id))
  return [...idsA].filter((id) => !idsB.has(id)).length + [...idsB].filter((id) => !idsA.has(id)).length
}

/** An area where the two scores are at least AREA_GAP apart. */
export interface AreaGap {
  area: AreaId
  a: number
  b: number
}

/** Points apart for an area score gap to be worth a sentence. */
export const AREA_GAP = 15

/** Areas whose scores are at least AREA_GAP apart, biggest gap first. */
export const areaGaps = (a: AnyResult, b: AnyResult): AreaGap[] =>
  AREA_IDS.map((area) => ({ area, a: a.scores[area], b: b.scores[area] }))
    .filter((g) => Math.abs(g.a - g.b) >= AREA_GAP)
    .sort((x, y) => Math.abs(y.a - y.b) - Math.abs(x.a - x.b))

/** Which sides cover something, in A, B order. */
export type Who = Letter[]

export interface PairMap {
  /** The team map's two bridges and which sides cover each. */
  bridges: { id: string; name: string; between: string; explanation: string; by: Who }[]
  /** Every role at least one side covers (their top role, or a fit of 75 or more). */
  roles: { id: string; name: string; by: Who }[]
  /** The roles all five team settings need (the needs table's core roles they share), and who covers each. */
  everyTeam: { id: string; name: string; by: Who }[]
  /** The area where the better of the two scores lowest. */
  weakest: { area: AreaId; best: number }
}

/** A side as a team member, named by its letter. */
const member = (side: CompareSide): MemberSnapshot =>
  memberOf(side.result, { memberId: side.letter, name: side.letter, resultId: side.id, joinedAt: '' })

/** The roles every team setting lists among its core roles (ML engineer, data scientist, software engineer). */
const EVERY_TEAM = CORE[SETTING_IDS[0]].filter((role) => SETTING_IDS.every((s) => CORE[s].includes(role)))

/**
 * The pair as a two-member team. The team map is computed for one setting, but the parts used
 * here (roles covered, bridges, coverage) do not depend on it; only its needs and next hire
 * would, and a pair is not a team with a product.
 */
export function pairMap(content: ScoringContent, a: CompareSide, b: CompareSide): PairMap {
  const team = mapTeam(content, SETTING_IDS[0], [member(a), member(b)])
  const who = (names: string[]): Who => (['A', 'B'] as const).filter((l) => names.includes(l))
  const roles = team.roles.map((r) => ({ id: r.id, name: r.name, by: who(r.members) }))
  const weakest = AREA_IDS.reduce((x, y) => (team.coverage[y] < team.coverage[x] ? y : x))
  return {
    bridges: team.bridges.map((br) => ({
      id: br.id,
      name: br.name,
      between: br.between,
      explanation: br.explanation,
      by: who(br.members),
    })),
    roles,
    everyTeam: EVERY_TEAM.map((id) => ({
      id,
      name: content.roles.find((r) => r.id === id)?.name ?? id,
      by: roles.find((r) => r.id === id)?.by ?? [],
    })),
    weakest: { area: weakest, best: team.coverage[weakest] },
  }
}
