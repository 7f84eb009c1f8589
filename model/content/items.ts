import type { QuestionRef } from '../types'

/**
 * The questions in quiz order, without their words: what scoring and validation need. The
 * words live in questions.ts, which only the quiz pages load (the worker ships them in a
 * lazily loaded module). A second question on a sub-skill has the id `${subSkill}-${angle}`.
 */
export const questionRefs: QuestionRef[] = [
  { id: 'stats-experiments', subSkill: 'stats-experiments', area: 'stats' },
  { id: 'stats-modelling', subSkill: 'stats-modelling', area: 'stats' },
  { id: 'stats-metrics', subSkill: 'stats-metrics', area: 'stats' },
  { id: 'stats-exploration', subSkill: 'stats-exploration', area: 'stats' },
  { id: 'stats-math', subSkill: 'stats-math', area: 'stats' },
  { id: 'stats-modelling-uncertainty', subSkill: 'stats-modelling', area: 'stats' },
  { id: 'ml-classical', subSkill: 'ml-classical', area: 'ml' },
  { id: 'ml-deep', subSkill: 'ml-deep', area: 'ml' },
  { id: 'ml-evaluation', subSkill: 'ml-evaluation', area: 'ml' },
  { id: 'ml-papers', subSkill: 'ml-papers', area: 'ml' },
  { id: 'ml-novel', subSkill: 'ml-novel', area: 'ml' },
  { id: 'ml-classical-choice', subSkill: 'ml-classical', area: 'ml' },
  { id: 'swe-production', subSkill: 'swe-production', area: 'swe' },
  { id: 'swe-services', subSkill: 'swe-services', area: 'swe' },
  { id: 'swe-performance', subSkill: 'swe-performance', area: 'swe' },
  { id: 'swe-architecture', subSkill: 'swe-architecture', area: 'swe' },
  { id: 'swe-hardware', subSkill: 'swe-hardware', area: 'swe' },
  { id: 'swe-production-tests', subSkill: 'swe-production', area: 'swe' },
  { id: 'infra-data', subSkill: 'infra-data', area: 'infra' },
  { id: 'infra-mlpipelines', subSkill: 'infra-mlpipelines', area: 'infra' },
  { id: 'infra-serving', subSkill: 'infra-serving', area: 'infra' },
  { id: 'infra-monitoring', subSkill: 'infra-monitoring', area: 'infra' },
  { id: 'infra-distributed', subSkill: 'infra-distributed', area: 'infra' },
  { id: 'infra-platform', subSkill: 'infra-platform', area: 'infra' },
  { id: 'comm-explain', subSkill: 'comm-explain', area: 'comm' },
  { id: 'comm-domain', subSkill: 'comm-domain', area: 'comm' },
  { id: 'comm-product', subSkill: 'comm-product', area: 'comm' },
  { id: 'comm-vision', subSkill: 'comm-vision', area: 'comm' },
  { id: 'comm-teach', subSkill: 'comm-teach', area: 'comm' },
  { id: 'comm-clients', subSkill: 'comm-clients', area: 'comm' },
]
