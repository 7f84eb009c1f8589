import type { ScoringContent } from '../types'
import { areas, subSkills } from './areas'
import { holders } from './holders'
import { implications } from './implications'
import { questionRefs } from './items'
import { roles } from './roles'
import { settings } from './settings'

/**
 * The current content without the questions' words: all that scoring, validation and team
 * maps need. The worker's main module imports this; the words load only with the quiz pages.
 * Raise `version` whenever questions, needs or wording of a result change; results keep the
 * version they were scored with and render as they were stored.
 */
export const scoringContent: ScoringContent = {
  version: 3,
  areas,
  subSkills,
  questions: questionRefs,
  seniorityQuestion: { id: 'mentoring' },
  roles,
  settings,
  spectrumAnchors: ['software-engineer', 'ml-engineer', 'applied-scientist', 'data-scientist'],
  implications,
  // Recompute with estimateStartLeft (model/adaptive/next.ts) after any change above; a test says when.
  startLeft: 15.8,
  holders,
}
