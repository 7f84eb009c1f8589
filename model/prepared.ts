import { FREE_LEVELS } from './cost'
import { wholeLevel } from './levels'
import type { AreaId, ScoringContent, Role, Side } from './types'

/** A role's needs as a vector in sub-skill order, with what its fit and seniority need. */
export interface PreparedRole<R = Role> {
  role: R
  order: number
  need: Float64Array
  /** Indices of the sub-skills the role needs at all (need > 0). */
  needed: number[]
  /**
   * The whole level people are shown of each need (levels.ts: wholeLevel), and the sub-skills
   * where it is above 0: what gaps, growth steps, the headline match and the area marks count.
   */
  shown: Float64Array
  shownNeeded: number[]
  /** Σ need² over needed sub-skills: the denominator of the seniority offset. */
  sumNeedSq: number
  /** The role's must-haves as groups of sub-skill indices; any one of a group will do. */
  mustHaves: number[][]
  /** Levels free of cost in each sub-skill the role does not need (its area's FREE_LEVELS). */
  free: Float64Array
}

/** Content turned into vectors once, so scoring a quiz is a few loops over numbers. */
export interface Prepared {
  ids: string[]
  area: AreaId[]
  side: Side[]
  /** Sub-skill indices of each area, in the content's area order. */
  byArea: number[][]
  /** Question ids in content order, the sub-skill index of each, and how many questions each sub-skill has. */
  questionIds: string[]
  questionSub: Int32Array
  perSub: Int32Array
  roles: PreparedRole[]
}

const cache = new WeakMap<ScoringContent, Prepared>()

export function prepare(content: ScoringContent): Prepared {
  const hit = cache.get(content)
  if (hit) return hit
  const ids = content.subSkills.map((s) => s.id)
  const sideOf = new Map(content.areas.map((a) => [a.id, a.side]))
  const prepared: Prepared = {
    ids,
    area: content.subSkills.map((s) => s.area),
    side: content.subSkills.map((s) => sideOf.get(s.area) ?? 'neither'),
    byArea: content.areas.map((a) => content.subSkills.flatMap((s, i) => (s.area === a.id ? [i] : []))),
    questionIds: content.questions.map((q) => q.id),
    questionSub: Int32Array.from(content.questions, (q) => ids.indexOf(q.subSkill)),
    perSub: Int32Array.from(ids, (id) => content.questions.filter((q) => q.subSkill === id).length),
    roles: content.roles.map((role, order) => prepareRole(role, content.subSkills, order)),
  }
  cache.set(content, prepared)
  return prepared
}

/** What a role's fit needs of it: its needs and must-haves (the adaptive quiz's table has just these). */
export type RoleNeeds = Pick<Role, 'needs'> & { mustHaves: readonly (string | readonly string[])[] }

/** A role's needs over the given sub-skills. */
export function prepareRole<R extends RoleNeeds>(
  role: R,
  subSkills: readonly { id: string; area: AreaId }[],
  order = 0,
): PreparedRole<R> {
  const ids = subSkills.map((s) => s.id)
  const need = Float64Array.from(ids, (id) => role.needs[id] ?? 0)
  const needed: number[] = []
  let sumNeedSq = 0
  need.forEach((n, i) => {
    if (n > 0) {
      needed.push(i)
      sumNeedSq += n * n
    }
  })
  const mustHaves = role.mustHaves.map((m) =>
    (typeof m === 'string' ? [m] : m).map((id) => ids.indexOf(id)).filter((i) => i >= 0),
  )
  const free = Float64Array.from(subSkills, (s) => FREE_LEVELS[s.area])
  const shown = need.map(wholeLevel)
  const shownNeeded = needed.filter((i) => shown[i]! > 0)
  return { role, order, need, needed, shown, shownNeeded, sumNeedSq, mustHaves, free }
}

/** Sub-skill levels as a vector in content order. */
export function toVector(p: Prepared, levels: Record<string, number>): Float64Array {
  const x = new Float64Array(p.ids.length)
  for (let i = 0; i < x.length; i++) x[i] = levels[p.ids[i]!] ?? 0
  return x
}

/** Sub-skill levels (the mean of each sub-skill's answers) from answers given in question order. */
export function vectorOfAnswers(p: Prepared, answers: ArrayLike<number>, out = new Float64Array(p.ids.length)): Float64Array {
  out.fill(0)
  for (let q = 0; q < answers.length; q++) out[p.questionSub[q]!]! += answers[q]!
  for (let i = 0; i < out.length; i++) out[i] = p.perSub[i]! > 0 ? out[i]! / p.perSub[i]! : 0
  return out
}

/** 1 for every sub-skill in `asked`, 0 elsewhere: which entries of a level vector were measured. */
export function knownMask(p: Prepared, asked: Set<string>): Uint8Array {
  return Uint8Array.from(p.ids, (id) => (asked.has(id) ? 1 : 0))
}
