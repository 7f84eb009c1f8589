import { fitFromSums, fitOf, fitPercent, fitSums } from './fit'
import { prepare, SHORTFALL_WEIGHT, type PreparedRole } from './prepared'
import { positionOf } from './spectrum'
import type { Content, GrowthPath, GrowthStep } from './types'
import { round3, withArticle } from './words'

/**
 * The three sub-skills that would move a person closest to a target role: at each step
 * the one whose rise to the role's need gains the most fit (ties: larger need, then content
 * order), with the position the person would have afterwards. Each candidate is scored by
 * updating the fit's running sums, not by recomputing the fit.
 */
export function growthPath(content: Content, r: PreparedRole, x: Float64Array): GrowthPath {
  const subSkills = content.subSkills
  const current = x.slice()
  const sums = fitSums(r, current)
  const before = fitFromSums(r, sums)
  const steps: GrowthStep[] = []
  for (let k = 0; k < 3; k++) {
    const base = fitFromSums(r, sums)
    let best = -1
    let bestGain = -Infinity
    for (let i = 0; i < current.length; i++) {
      const need = r.need[i]!
      const from = current[i]!
      if (need <= from) continue
      const d = need - from
      const gain =
        fitOf(r, sums.penalty - SHORTFALL_WEIGHT * d, sums.sx + d, sums.sxx + need * need - from * from, sums.sxy + need * d) -
        base
      if (gain > bestGain + 1e-9 || (Math.abs(gain - bestGain) <= 1e-9 && need > r.need[best]!)) {
        best = i
        bestGain = gain
      }
    }
    if (best === -1) break
    const need = r.need[best]!
    const from = current[best]!
    const d = need - from
    sums.penalty -= SHORTFALL_WEIGHT * d
    sums.sx += d
    sums.sxx += need * need - from * from
    sums.sxy += need * d
    current[best] = need
    const s = subSkills[best]!
    steps.push({ subSkill: s.id, name: s.name, area: s.area, from, to: need, fitGain: fitPercent(bestGain) })
  }
  const fitBefore = fitPercent(before)
  const fitAfter = fitPercent(fitFromSums(r, sums))
  const positionBefore = round3(positionOf(content, x))
  const positionAfter = round3(positionOf(content, current))
  return {
    target: r.role.id,
    name: r.role.name,
    fitBefore,
    fitAfter,
    positionBefore,
    positionAfter,
    steps,
    summary: summarise(r.role.name, steps.length, fitBefore, fitAfter, positionBefore, positionAfter),
  }
}

/** A growth path towards every role, in the content's role order. */
export const growthPaths = (content: Content, x: Float64Array): GrowthPath[] =>
  prepare(content).roles.map((r) => growthPath(content, r, x))

function summarise(name: string, count: number, before: number, after: number, from: number, to: number): string {
  if (count === 0) return `You already meet everything ${withArticle(name)} needs.`
  const shift = to - from
  const move =
    Math.abs(shift) < 0.02
      ? 'your place on the spectrum would barely move'
      : `you would move ${Math.round(Math.abs(shift) * 100)} points towards the ${shift > 0 ? 'science' : 'engineering'} end`
  return `Growing ${count === 1 ? 'this skill' : `these ${count} skills`} would raise your fit from ${before} to ${after}, and ${move}.`
}
