import { Hono } from 'hono/tiny'
import * as z from 'zod/mini'
import type { AppEnv } from '../env'
import { apiError } from '../errors'
import { isPlaced, placementTitle } from '../../contract/placement-words'
import { cardLink, THUMBNAILS, thumbnailUrl } from '../image-cache'
import { findResult } from '../results/find'
import { toIssues } from '../validate'
import { compareOembed } from './compare'

/** oEmbed provider for result and quiz URLs of this site. */
export const oembed = new Hono<AppEnv>()

const dimension = z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(10000)))
const query = z.object({
  url: z.string().check(z.minLength(1), z.maxLength(500)),
  format: z.optional(z.string()),
  maxwidth: dimension,
  maxheight: dimension,
})

/**
 * Frame sizes: each height holds the whole page at that width in either theme (measured in
 * Chromium by test/e2e/embed.e2e.test.ts). At other widths the loader script that comes with the
 * frame resizes it; a consumer that strips scripts keeps these heights.
 */
export const OEMBED_SIZES = {
  result: { width: 600, height: 820 },
  compare: { width: 600, height: 960 },
  quiz: { width: 640, height: 860 },
}
const SIZES = OEMBED_SIZES

const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/** The card at the largest size within maxwidth × maxheight (none when even the smallest is too big). */
function thumbnailFor(url: string | undefined, maxwidth = Infinity, maxheight = Infinity, smaller = true) {
  if (!url) return {}
  // A result's card comes in smaller renders (?w=600, ?w=300); a comparison's only at full size.
  const sizes = [
    { width: 1200, height: 630, at: url },
    ...(smaller ? THUMBNAILS.map((t) => ({ ...t, at: thumbnailUrl(url, t.width) })) : []),
  ]
  const size = sizes.find((s) => s.width <= maxwidth && s.height <= maxheight)
  return size ? { thumbnail_url: size.at, thumbnail_width: size.width, thumbnail_height: size.height } : {}
}

/** How long a consumer may keep an answer (seconds): `cache_age` in the body, and Cache-Control. */
const CACHE_AGE = 3600

/**
 * oEmbed is read by other sites, from servers and from browsers: every answer, errors included,
 * may be read cross-origin (it carries nothing private), and a success may be kept an hour.
 */
oembed.use('*', async (c, next) => {
  await next()
  c.res.headers.set('access-control-allow-origin', '*')
  if (c.res.status === 200) c.res.headers.set('cache-control', `public, max-age=${CACHE_AGE}`)
})

oembed.get('/', async (c) => {
  const params = c.req.query()
  const parsed = query.safeParse(params)
  if (!parsed.success) return apiError(c, 400, 'Invalid oEmbed request.', toIssues(parsed.error, params))
  const { url, format = 'json', maxwidth, maxheight } = parsed.data
  if (format !== 'json') return apiError(c, 501, 'Only format=json is supported.')
  const self = new URL(c.req.url)
  let target: URL
  try {
    target = new URL(url)
  } catch {
    return apiError(c, 404, 'Not a URL of this site.')
  }
  if (target.host !== self.host) return apiError(c, 404, 'Not a URL of this site.')

  const result = target.pathname.match(/^\/r\/([^/]+)\/?$/)
  const pair = await compareOembed(c, target.pathname, self.origin)
  let kind: keyof typeof SIZES
  let src: string
  let title: string
  let thumbnail: string | undefined
  if (result) {
    const record = await findResult(c, result[1]!)
    const { id } = record
    kind = 'result'
    src = `${self.origin}/embed/r/${id}`
    const { result: scored, name } = record
    // From quiz version 2 on with seniority and certainty; older results keep their title.
    const what = isPlaced(scored) ? placementTitle(scored) : `${scored.roles[0]!.name}, ${scored.spectrum.label.toLowerCase()}`
    title = `Role Spectrum${name ? ` of ${name}` : ''}: ${what}`
    thumbnail = cardLink(`${self.origin}/r/${id}/image.png`, record.sharpenedAt)
  } else if (pair) {
    kind = 'compare'
    ;({ src, title, thumbnail } = pair)
  } else if (target.pathname === '/' || target.pathname === '/quiz' || target.pathname === '/quiz/') {
    kind = 'quiz'
    src = `${self.origin}/embed/quiz`
    title = 'Role Spectrum: where do you sit among machine learning roles?'
  } else return apiError(c, 404, 'This URL cannot be embedded.')

  const width = Math.min(SIZES[kind].width, maxwidth ?? Infinity)
  const height = Math.min(SIZES[kind].height, maxheight ?? Infinity)
  return c.json({
    version: '1.0',
    type: 'rich',
    provider_name: 'Role Spectrum',
    provider_url: `${self.origin}/`,
    title,
    width,
    height,
    html: `<iframe src="${escapeAttr(src)}" width="${width}" height="${height}" style="border:0;width:100%;max-width:${width}px" title="${escapeAttr(title)}" loading="lazy" data-role-spectrum-frame></iframe><script async src="${self.origin}/embed.js"></script>`,
    cache_age: CACHE_AGE,
    // The card is 1200 × 630; a consumer that asked for less gets the largest smaller render that fits.
    ...thumbnailFor(thumbnail, maxwidth, maxheight, kind === 'result'),
  })
})
