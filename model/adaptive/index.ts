/** The adaptive quiz: which question to ask next, when to stop, and how a shorter path is scored. */
export { CAP, isComplete, MIN_PER_AREA, nextStep, replayPath, type Step, type StopReason, startQuestions } from './next'
export type { SelectionContent } from './cells'
export { completedLevels } from './complete'
