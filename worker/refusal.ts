import { HTTPException } from 'hono/http-exception'
import type { Issue } from './errors'

/** The statuses a refusal may have: each has its own words on the HTML error page. */
export type RefusalStatus = 400 | 403 | 404 | 405 | 409 | 413 | 415 | 429 | 500 | 503

/**
 * A request the worker will not do: thrown anywhere below a route and answered once, by the
 * app's onError (worker/index.ts), in the format of the path: the API's `{ error, issues }`
 * JSON under /api/ and /oembed, the HTML error page for the status everywhere else. `message`
 * and `issues` are for the JSON; a page says it in its own words. Headers set on the context
 * before the throw (Retry-After on a 429 or 503) go on either answer.
 */
export class Refusal extends HTTPException {
  override readonly status: RefusalStatus
  readonly issues: Issue[]

  constructor(status: RefusalStatus, message: string, issues: Issue[] = []) {
    super(status, { message })
    this.status = status
    this.issues = issues
  }
}
