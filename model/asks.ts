import { areaScores } from './levels'
import { askedLevel } from './match'
import { prepare } from './prepared'
import type { RoleFit, ScoringContent, Scores } from './types'
import { matchBand } from './words'

/**
 * What a role asks at a seniority band (the lower of a range of two, as the match counts it),
 * area by area, on the scale of the person's own area scores: the scores of someone who has
 * exactly what the headline match counts (model/match.ts: askedLevel, on the whole levels shown),
 * over the same sub-skills as the person's scores (only the asked ones on a path that skipped
 * questions). Beside them, a low area score
 * reads as what it is: an area the role hardly asks for, or one still to grow.
 */
export function roleAsks(
  content: ScoringContent,
  role: Pick<RoleFit, 'id' | 'seniority' | 'nearBand'>,
  asked?: Set<string>,
): Scores {
  const p = prepare(content)
  const r = p.roles.find((x) => x.role.id === role.id)
  if (!r) throw new Error(`unknown role ${role.id}`)
  const levels: Record<string, number> = {}
  const band = matchBand(role)
  p.ids.forEach((id, i) => {
    levels[id] = askedLevel(r.shown[i]!, band)
  })
  return areaScores(content, levels, asked)
}
