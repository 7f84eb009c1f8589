import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

export interface Issue {
  path: string
  message: string
}

/** The one error shape of the API: `{ error, issues }`, issues naming each bad field. */
export function apiError(c: Context, status: ContentfulStatusCode, error: string, issues: Issue[] = []) {
  return c.json({ error, issues }, status)
}
