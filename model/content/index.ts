import type { Content } from '../types'
import { questions } from './questions'
import { scoringContent } from './scoring'

/** The current quiz content, questions' words included (see scoring.ts for the version). */
export const content: Content = { ...scoringContent, questions }
