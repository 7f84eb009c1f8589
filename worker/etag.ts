import type { Context } from 'hono'
import { BUILD_ID } from './build-id'

/**
 * Conditional requests for immutable things (a stored result never changes): answers 304 when
 * the client already has this version, else sets the ETag and a must-revalidate policy, so a
 * copy is reused without a download but a deleted result stops showing at the next request.
 * The tag names the build as well as the content, and is percent-encoded, so that whatever
 * `tag` holds it stays one valid quoted entity tag.
 */
export function notModified(c: Context, tag: string): Response | undefined {
  const etag = `"${BUILD_ID}.${encodeURIComponent(tag)}"`
  c.header('ETag', etag)
  c.header('Cache-Control', 'public, max-age=0, must-revalidate')
  const match = c.req.header('if-none-match')
  if (match?.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) return c.body(null, 304)
  return undefined
}
