import { areaScores, MAX_LEVEL } from './levels'
import { bandBar } from './match'
import { prepare } from './prepared'
import { CORE_LEVEL } from './seniority'
import type { RoleFit, ScoringContent, Scores } from './types'

/**
 * What a role asks at a seniority band, area by area, on the scale of the person's own area
 * scores: the scores of someone who has exactly what the headline match counts (model/match.ts:
 * the mid-level profile scaled to the band's bar), over the same sub-skills as the person's
 * scores (only the asked ones on a path that skipped questions). Beside them, a low area score
 * reads as what it is: an area the role hardly asks for, or one still to grow.
 */
export function roleAsks(content: ScoringContent, role: Pick<RoleFit, 'id' | 'seniority'>, asked?: Set<string>): Scores {
  const p = prepare(content)
  const r = p.roles.find((x) => x.role.id === role.id)
  if (!r) throw new Error(`unknown role ${role.id}`)
  const scale = 1 + bandBar(role.seniority) / CORE_LEVEL
  const levels: Record<string, number> = {}
  p.ids.forEach((id, i) => {
    levels[id] = Math.min(MAX_LEVEL, r.need[i]! * scale)
  })
  return areaScores(content, levels, asked)
}
