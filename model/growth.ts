import { fitPercent, rawFit } from './fit'
import { position } from './spectrum'
import type { Content, GrowthPath, GrowthStep, Role } from './types'

const round3 = (x: number): number => Math.round(x * 1000) / 1000

/**
 * The three sub-skills that would move a person closest to a target role: at each step
 * the one whose rise to the role's need gains the most fit (ties: larger need, then content
 * order), with the position the person would have afterwards.
 */
export function growthPath(content: Content, role: Role, levels: Record<string, number>): GrowthPath {
  const current = { ...levels }
  const steps: GrowthStep[] = []
  for (let i = 0; i < 3; i++) {
    let best: (GrowthStep & { order: number }) | undefined
    const before = rawFit(role, current)
    content.subSkills.forEach((s, order) => {
      const need = role.needs[s.id] ?? 0
      const from = current[s.id] ?? 0
      if (need <= from) return
      const gain = rawFit(role, { ...current, [s.id]: need }) - before
      const better =
        !best || gain > best.fitGain + 1e-9 || (Math.abs(gain - best.fitGain) <= 1e-9 && need > best.to)
      if (better) best = { subSkill: s.id, name: s.name, area: s.area, from, to: need, fitGain: gain, order }
    })
    if (!best) break
    current[best.subSkill] = best.to
    const { order: _order, ...step } = best
    steps.push({ ...step, fitGain: fitPercent(step.fitGain) })
  }
  const fitBefore = fitPercent(rawFit(role, levels))
  const fitAfter = fitPercent(rawFit(role, current))
  const positionBefore = round3(position(content, levels))
  const positionAfter = round3(position(content, current))
  return {
    target: role.id,
    name: role.name,
    fitBefore,
    fitAfter,
    positionBefore,
    positionAfter,
    steps,
    summary: summarise(role.name, steps.length, fitBefore, fitAfter, positionBefore, positionAfter),
  }
}

function summarise(name: string, count: number, before: number, after: number, from: number, to: number): string {
  if (count === 0) return `You already meet everything a ${name.toLowerCase()} needs.`
  const shift = to - from
  const move =
    Math.abs(shift) < 0.02
      ? 'your place on the spectrum would barely move'
      : `you would move ${Math.round(Math.abs(shift) * 100)} points towards the ${shift > 0 ? 'science' : 'engineering'} end`
  return `Growing ${count === 1 ? 'this skill' : `these ${count} skills`} would raise your fit from ${before} to ${after}, and ${move}.`
}
