import type { Context } from 'hono'
import type { VNode } from 'preact'
import type { AppEnv } from '../env'
import { renderDocument } from './document'

/**
 * Headers of a page whose URL carries a private token (a delete link, a team's admin link):
 * never sent on as a referrer, never cached.
 */
export function markPrivate(c: Context<AppEnv>): void {
  c.header('Referrer-Policy', 'no-referrer')
  c.header('Cache-Control', 'no-store')
}

/** A page that carries a private token: never indexed, never sent on as a referrer, never cached. */
export function privatePage(c: Context<AppEnv>, title: string, description: string, body: VNode, status: 200 | 400 = 200) {
  markPrivate(c)
  return c.html(renderDocument({ title: `${title} · Role Spectrum`, description, noindex: true, body }), status)
}
