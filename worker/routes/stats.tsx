import { Hono } from 'hono/tiny'
import { scoringContent as content } from '../../model/content/scoring'
import type { AppEnv } from '../env'
import { notModified } from '../etag'
import { loadNorms } from '../lazy-modules'
import { isStale } from '../norms/stale'
import { readNorms } from '../norms/store'
import { renderDocument } from '../render/document'
import { inviteCard } from '../render/invite-card'

/**
 * /stats: how takers of the current quiz version spread, from the stored figures (one KV read
 * at most, or a short wait when none are stored yet; the page itself is a lazily loaded module).
 */
export const stats = new Hono<AppEnv>()

const DESCRIPTION = 'How people who took the Role Spectrum quiz spread over the spectrum of ML roles, counted anonymously.'

stats.get('/', async (c) => {
  const norms = await readNorms(c.env, c.executionCtx, content.version)
  const now = Date.now()
  if (norms) {
    // Named by the rows counted (the figures only change with them), not their time: a cron run that adds none keeps copies.
    const unchanged = notModified(c, `stats.${norms.rows}.${isStale(norms.computedAt, now) ? 'stale' : 'fresh'}`)
    if (unchanged) return unchanged
  }
  const { statsPage } = await loadNorms()
  return c.html(
    renderDocument({
      title: 'How people answer · Role Spectrum',
      description: DESCRIPTION,
      canonical: new URL('/stats', c.req.url).href,
      social: {
        title: 'How people answer · Role Spectrum',
        description: DESCRIPTION,
        url: new URL('/stats', c.req.url).href,
        ...inviteCard(new URL(c.req.url).origin),
      },
      body: statsPage(norms, now),
    }),
  )
})
