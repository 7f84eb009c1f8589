import type { Context } from 'hono'
import type { AppEnv } from '../env'
import { apiError } from '../errors'
import { RETRY_AFTER } from '../rate-limit'
import { errorPage } from '../render/error-page'

/** How a route answers: the API with its JSON error shape, a page with the HTML error page. */
export type Answer = 'json' | 'page'

export type RefusalStatus = 403 | 404 | 429 | 500 | 503

/** The words of each refusal about a result, for the JSON API (pages use the error page's own). */
const MESSAGES: Record<RefusalStatus, string> = {
  403: 'This delete token is missing or wrong.',
  404: 'No result with this id.',
  429: `Too many results from this address. Please wait ${RETRY_AFTER} seconds and try again.`,
  500: 'This result could not be read.',
  503: 'Your result could not be saved just now. Please try again in a few seconds.',
}

/** Refuses a request about a result, in the format of the route that asked. */
export const refuse = (c: Context<AppEnv>, answer: Answer, status: RefusalStatus, message: string = MESSAGES[status]) =>
  answer === 'json' ? apiError(c, status, message) : errorPage(c, status)
