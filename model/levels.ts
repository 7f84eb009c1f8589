import type { Answers, AreaId, ScoringContent, Scores, SubSkillLevel } from './types'

/** Highest level an answer can take. */
export const MAX_LEVEL = 4

/**
 * The whole level a role's need asks, as people are shown it: needs are kept to a tenth (a blend
 * of the articles and what holders have done), but a person reads "done it on real work" (2),
 * never 2.4 (half up: 2.5 shows as 3). Gaps, growth steps, must-haves, the headline match, the
 * area marks and a team's core skills use it (prepared.ts: `shown`); the fit, the seniority offset
 * and the adaptive quiz use the need itself.
 */
export const wholeLevel = (need: number): number => Math.round(need)

/** Level 0..4 of every sub-skill: the mean of the answers to its questions. */
export function subSkillLevels(content: ScoringContent, answers: Answers): Record<string, number> {
  const sums: Record<string, { total: number; count: number }> = {}
  for (const q of content.questions) {
    const slot = (sums[q.subSkill] ??= { total: 0, count: 0 })
    slot.total += answers[q.id] ?? 0
    slot.count += 1
  }
  const levels: Record<string, number> = {}
  for (const s of content.subSkills) {
    const slot = sums[s.id]
    levels[s.id] = slot && slot.count > 0 ? slot.total / slot.count : 0
  }
  return levels
}

/**
 * Area scores 0..100: the mean sub-skill level of the area, scaled. With `asked`, only the
 * sub-skills that were asked count: an area score is a measurement, never a guess.
 */
export function areaScores(content: ScoringContent, levels: Record<string, number>, asked?: Set<string>): Scores {
  const scores = {} as Scores
  for (const area of content.areas) {
    const own = content.subSkills.filter((s) => s.area === area.id && (!asked || asked.has(s.id)))
    const mean = own.reduce((sum, s) => sum + (levels[s.id] ?? 0), 0) / Math.max(own.length, 1)
    scores[area.id] = Math.round((mean / MAX_LEVEL) * 100)
  }
  return scores
}

/** The levels as a list in content order, for display; a sub-skill not asked says so (`asked: false`). */
export function levelList(content: ScoringContent, levels: Record<string, number>, asked?: Set<string>): SubSkillLevel[] {
  return content.subSkills.map((s) => {
    const level = { id: s.id, area: s.area as AreaId, name: s.name, level: levels[s.id] ?? 0 }
    return asked && !asked.has(s.id) ? { ...level, asked: false as const } : level
  })
}
