import type { Content } from '../types'
import { areas, subSkills } from './areas'
import { questions } from './questions'
import { roles } from './roles'
import { settings } from './settings'

/** The current quiz content. Raise `version` whenever questions, needs or wording of a result change. */
export const content: Content = {
  version: 1,
  areas,
  subSkills,
  questions,
  roles,
  settings,
  spectrumAnchors: ['software-engineer', 'ml-engineer', 'applied-scientist', 'data-scientist'],
}
