import { certainty } from './certainty'
import { rankRoles } from './fit'
import { growthPaths } from './growth'
import { areaScores, levelList, subSkillLevels } from './levels'
import { prepare, toVector } from './prepared'
import { profileShape } from './shape'
import { placeOnSpectrum } from './spectrum'
import { settingAdvice } from './team-settings'
import type { Answers, ScoringContent, Result } from './types'

/** Scores a complete set of answers into everything the result page shows. Pure and deterministic. */
export function assess(content: ScoringContent, answers: Answers): Result {
  const levels = subSkillLevels(content, answers)
  const x = toVector(prepare(content), levels)
  const scores = areaScores(content, levels)
  const roles = rankRoles(content, x)
  return {
    quizVersion: content.version,
    scores,
    subSkills: levelList(content, levels),
    spectrum: placeOnSpectrum(content, x, roles[0]),
    roles,
    shape: profileShape(scores),
    settings: settingAdvice(content, roles.slice(0, 3)),
    growth: growthPaths(content, x),
    certainty: certainty(content, answers, levels, roles),
  }
}
