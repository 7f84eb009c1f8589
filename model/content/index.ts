import type { Content } from '../types'
import { areas, subSkills } from './areas'
import { implications } from './implications'
import { questions } from './questions'
import { roles } from './roles'
import { settings } from './settings'

/**
 * The current quiz content. Raise `version` whenever questions, needs or wording of a result
 * change; results keep the version they were scored with and render as they were stored.
 */
export const content: Content = {
  version: 2,
  areas,
  subSkills,
  questions,
  roles,
  settings,
  spectrumAnchors: ['software-engineer', 'ml-engineer', 'applied-scientist', 'data-scientist'],
  implications,
}
