import { completedLevels } from './adaptive/complete'
import { roleAsks } from './asks'
import { certainty } from './certainty'
import { rankRoles } from './fit'
import { growthPaths } from './growth'
import { givenOf, placeRoles, stageLogs } from './placement'
import { areaScores, levelList, subSkillLevels } from './levels'
import { knownMask, prepare, toVector } from './prepared'
import { profileShape } from './shape'
import { placeOnSpectrum } from './spectrum'
import { settingAdvice } from './team-settings'
import type { Answers, ScoringContent, Result } from './types'

/**
 * Scores a set of answers, the full quiz or an adaptive path's, into everything the result
 * page shows. Pure and deterministic.
 */
export function assess(content: ScoringContent, answers: Answers): Result {
  const skillAnswers = content.questions.filter((q) => answers[q.id] !== undefined).length
  const partial = skillAnswers < content.questions.length
  const mentoring = answers[content.seniorityQuestion.id]
  // A path that skipped questions: skipped sub-skills are expected from the answers given
  // (adaptive/complete.ts) so roles rank on a whole profile, but only asked ones are shown.
  const { levels, asked } = partial
    ? completedLevels(content, answers)
    : { levels: subSkillLevels(content, answers), asked: undefined }
  const p = prepare(content)
  const x = toVector(p, levels)
  const scores = areaScores(content, levels, asked)
  const known = asked && knownMask(p, asked)
  const stages = stageLogs(content, givenOf(content, answers))
  const roles = placeRoles(content, answers, rankRoles(content, x, known, mentoring, stages))
  return {
    quizVersion: content.version,
    answered: skillAnswers + (mentoring === undefined ? 0 : 1),
    scores,
    asks: roleAsks(content, roles[0]!, asked),
    subSkills: levelList(content, levels, asked),
    spectrum: placeOnSpectrum(content, x, roles[0]),
    roles,
    shape: profileShape(scores),
    settings: settingAdvice(content, roles.slice(0, 3)),
    growth: growthPaths(content, x, known),
    certainty: certainty(content, answers, levels, roles, asked, stages),
  }
}
