/**
 * The model's algorithms: assessing answers and the adaptive quiz's next step. A chunk of its
 * own (worker/lazy-modules.ts), so that only the routes that create a result or pick the next
 * question load them; page views render results already assessed.
 */
export { assess } from '../model/assess'
export { isComplete, nextStep } from '../model/adaptive/next'
