/**
 * The model without the questions' words: scoring, the content it needs, and the types. The
 * worker's main module imports this; `model/index.ts` adds the full content for the quiz pages.
 */
export { assess } from './assess'
export { scoringContent } from './content/scoring'
export * from './types'
