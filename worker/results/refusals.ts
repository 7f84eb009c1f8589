import { RETRY_AFTER } from '../rate-limit'
import { Refusal, type RefusalStatus } from '../refusal'

/** The words of each refusal about a result, for the JSON API (pages use the error page's own). */
const MESSAGES = {
  403: 'This delete token is missing or wrong.',
  404: 'No result with this id.',
  429: `Too many results from this address. Please wait ${RETRY_AFTER} seconds and try again.`,
  500: 'This result could not be read.',
  503: 'Your result could not be saved just now. Please try again in a few seconds.',
} satisfies Partial<Record<RefusalStatus, string>>

/** A refusal of a request about a result, to throw; the app answers it in the path's format. */
export const resultRefusal = (status: keyof typeof MESSAGES, message: string = MESSAGES[status]) => new Refusal(status, message)
