import type { HonoRequest } from 'hono'

/**
 * Whether a form post was sent by a page of another site (cross-site request forgery).
 * Current browsers name the sender in Sec-Fetch-Site: only this origin's own pages
 * (`same-origin`) and the person's own action (`none`) may post; `same-site` is refused too,
 * since a sibling host (every *.workers.dev, say) may belong to someone else. Older browsers
 * send only Origin, which must then be this origin; `null` (sent from pages with a no-referrer
 * policy, such as the delete and admin pages) names no site. A client that sends neither
 * (curl, very old browsers) passes: nothing tells it apart from an honest one.
 */
export function fromAnotherSite(req: HonoRequest): boolean {
  const site = req.header('sec-fetch-site')
  if (site) return site !== 'same-origin' && site !== 'none'
  const origin = req.header('origin')
  return !!origin && origin !== 'null' && origin !== new URL(req.url).origin
}
