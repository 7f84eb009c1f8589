/**
 * Scoring a quiz: the model's algorithms. Built into its own worker module
 * (worker/generated/scoring.mjs, loaded by worker/lazy-modules.ts), so that only the routes that
 * create a result or pick the adaptive quiz's next question load them; page views render
 * results already scored.
 */
export { assess } from '../model/assess'
export { isComplete, nextStep } from '../model/adaptive/next'
