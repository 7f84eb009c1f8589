import type { Content } from '../types'
import { questions, seniorityQuestion } from './questions'
import { scoringContent } from './scoring'

/** The current quiz content, questions' words included (see scoring.ts for the version). */
export const content: Content = { ...scoringContent, questions, seniorityQuestion }
