/** The assessment model: quiz content and scoring, pure TypeScript with no I/O. */
export { assess } from './assess'
export { content } from './content'
export * from './types'
