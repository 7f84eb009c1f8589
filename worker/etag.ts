import type { Context } from 'hono'

/**
 * Conditional requests for immutable things (a stored result never changes): answers 304 when
 * the client already has this version, else sets the ETag and a must-revalidate policy, so a
 * copy is reused without a download but a deleted result stops showing at the next request.
 */
export function notModified(c: Context, tag: string): Response | undefined {
  const etag = `"${tag}"`
  c.header('ETag', etag)
  c.header('Cache-Control', 'public, max-age=0, must-revalidate')
  const match = c.req.header('if-none-match')
  if (match && match.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) return c.body(null, 304)
  return undefined
}
