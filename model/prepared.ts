import { MAX_LEVEL } from './levels'
import type { AreaId, Content, Role, Side } from './types'

/** A role's needs as a vector in sub-skill order, with the sums its fit needs. */
export interface PreparedRole {
  role: Role
  order: number
  need: Float64Array
  /** Worst possible level penalty for this role. */
  worst: number
  sumNeed: number
  sumNeedSq: number
  /** n·Σneed² − (Σneed)²: the needs' spread, constant for the role. */
  spread: number
}

/** Content turned into vectors once, so scoring a quiz is a few loops over numbers. */
export interface Prepared {
  ids: string[]
  area: AreaId[]
  side: Side[]
  /** Sub-skill indices of each area, in the content's area order. */
  byArea: number[][]
  roles: PreparedRole[]
}

const cache = new WeakMap<Content, Prepared>()

/** A level missing from what a role needs costs this much... */
export const SHORTFALL_WEIGHT = 1
/** ...and a level beyond it this much: surplus matters, but less. */
export const SURPLUS_WEIGHT = 0.35

export function prepare(content: Content): Prepared {
  const hit = cache.get(content)
  if (hit) return hit
  const ids = content.subSkills.map((s) => s.id)
  const sideOf = new Map(content.areas.map((a) => [a.id, a.side]))
  const prepared: Prepared = {
    ids,
    area: content.subSkills.map((s) => s.area),
    side: content.subSkills.map((s) => sideOf.get(s.area) ?? 'neither'),
    byArea: content.areas.map((a) => content.subSkills.flatMap((s, i) => (s.area === a.id ? [i] : []))),
    roles: content.roles.map((role, order) => prepareRole(role, ids, order)),
  }
  cache.set(content, prepared)
  return prepared
}

/** A role's needs over the given sub-skill ids, with the sums its fit needs. */
export function prepareRole(role: Role, ids: string[], order = 0): PreparedRole {
  const need = Float64Array.from(ids, (id) => role.needs[id] ?? 0)
  let worst = 0
  let sumNeed = 0
  let sumNeedSq = 0
  for (const n of need) {
    worst += Math.max(SHORTFALL_WEIGHT * n, SURPLUS_WEIGHT * (MAX_LEVEL - n))
    sumNeed += n
    sumNeedSq += n * n
  }
  return { role, order, need, worst, sumNeed, sumNeedSq, spread: need.length * sumNeedSq - sumNeed * sumNeed }
}

/** Sub-skill levels as a vector in content order. */
export function toVector(p: Prepared, levels: Record<string, number>): Float64Array {
  const x = new Float64Array(p.ids.length)
  for (let i = 0; i < x.length; i++) x[i] = levels[p.ids[i]!] ?? 0
  return x
}
