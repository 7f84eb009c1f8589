import { rankRoles } from './fit'
import { growthPath } from './growth'
import { areaScores, levelList, subSkillLevels } from './levels'
import { profileShape } from './shape'
import { placeOnSpectrum } from './spectrum'
import { settingAdvice } from './team-settings'
import type { Answers, Content, Result } from './types'

/** Scores a complete set of answers into everything the result page shows. Pure and deterministic. */
export function assess(content: Content, answers: Answers): Result {
  const levels = subSkillLevels(content, answers)
  const scores = areaScores(content, levels)
  const roles = rankRoles(content, levels)
  return {
    quizVersion: content.version,
    scores,
    subSkills: levelList(content, levels),
    spectrum: placeOnSpectrum(content, levels),
    roles,
    shape: profileShape(scores),
    settings: settingAdvice(content, roles.slice(0, 3)),
    growth: content.roles.map((role) => growthPath(content, role, levels)),
  }
}
