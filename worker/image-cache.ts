import { BUILD_ID } from './build-id'
import { loadCardRenderer } from './lazy-modules'
import type { StoredResult } from './results/schema'
import { resultExists } from './results/store'

const imageKey = (id: string): string => `v1:image:${id}`
/** A stored card expires after 30 days (and is rendered again if still wanted): a backstop for deletion. */
const IMAGE_TTL = 30 * 24 * 3600
const CACHE_NAME = 'role-spectrum-images'

/** The card's URL (also its Cache API key) on the origin of a request. */
export const imageUrl = (requestUrl: string, id: string): string => new URL(`/r/${id}/image.png`, requestUrl).href

/** The version of a result's card: when it was last sharpened, in base 36; none for a card that never changed. */
export const cardVersion = (sharpenedAt: string | undefined): string | undefined =>
  sharpenedAt ? Date.parse(sharpenedAt).toString(36) : undefined

/**
 * The card's URL as pages and previews link it, and as the Cache API keeps it: a sharpened
 * result's card changed after browsers and link previews may have kept it for a day (max-age),
 * so its link names the version (`?v=`); a card that never changed keeps the plain URL.
 */
export const cardLink = (cardUrl: string, sharpenedAt: string | undefined): string => {
  const v = cardVersion(sharpenedAt)
  return v ? withParam(cardUrl, `v=${v}`) : cardUrl
}

/**
 * What is kept beside a card in KV: whether its result may be indexed (cards of private results
 * say noindex) and the build that drew it (a card of another build is drawn again).
 */
interface ImageMeta {
  public?: boolean
  build?: string
  /** The card's version (cardVersion) when its result had been sharpened. */
  v?: string
}

/** `url` with one more query parameter (`name=value`), after a `?` or an `&` as the URL needs. */
export const withParam = (url: string, param: string): string => `${url}${url.includes('?') ? '&' : '?'}${param}`

/** A Cache API key of this build: a new build never serves a card an older renderer drew. */
const built = (url: string): string => withParam(url, `build=${encodeURIComponent(BUILD_ID)}`)

/**
 * A result's card PNG as stored in KV, and whether its result is public (false for cards
 * stored before that was kept). It is written only after its result, and deleted with it, so
 * a hit also means the result still exists.
 */
export async function storedImage(
  kv: KVNamespace,
  id: string,
): Promise<{ body: ArrayBuffer; public: boolean; v: string | undefined } | null> {
  const { value, metadata } = await kv.getWithMetadata<ImageMeta>(imageKey(id), 'arrayBuffer')
  return value && metadata?.build === BUILD_ID ? { body: value, public: metadata.public === true, v: metadata.v } : null
}

/**
 * The one card cache of this location (the Cache API): a PNG kept under this build's key for
 * `url`, else drawn by `draw` and kept for a day. `mayDraw` is asked only on a miss (drawing
 * costs 50–85 ms of CPU; serving a kept card costs nothing); when it says no, the answer is
 * null and nothing is drawn. `kept` runs after a fresh card is stored (under waitUntil).
 */
export async function cachedPng(
  url: string,
  draw: () => Promise<Uint8Array>,
  ctx: { waitUntil(promise: Promise<unknown>): void },
  options: { mayDraw?: () => Promise<boolean>; kept?: (png: Uint8Array) => Promise<unknown> } = {},
): Promise<Uint8Array<ArrayBuffer> | null> {
  const cache = await caches.open(CACHE_NAME)
  const key = built(url)
  const hit = await cache.match(key)
  if (hit) return new Uint8Array(await hit.arrayBuffer())
  if (options.mayDraw && !(await options.mayDraw())) return null
  const png = (await draw()).slice()
  ctx.waitUntil(Promise.all([cache.put(key, pngResponse(png)), options.kept?.(png)]))
  return png
}

/**
 * The card of an existing result whose KV copy missed: from the Cache API, else rendered (the
 * renderer is imported only here, so other routes never load it) and kept in both. The first
 * KV miss is remembered as "not found" for up to a minute at this location; the Cache API
 * entry written with the render covers that minute, so it costs one render at most.
 */
export async function cardImage(
  kv: KVNamespace,
  record: StoredResult,
  cardUrl: string,
  ctx: { waitUntil(promise: Promise<unknown>): void },
): Promise<ArrayBuffer | Uint8Array> {
  // Kept under the version of the record drawn, never the one a link asked for: a location that
  // still reads the record as it was before a sharpen draws the old card under the old key.
  const cacheUrl = cardLink(cardUrl, record.sharpenedAt)
  const v = cardVersion(record.sharpenedAt)
  const png = await cachedPng(cacheUrl, async () => (await loadCardRenderer()).renderCardPng(record.result, record.name), ctx, {
    kept: async (drawn) => {
      const metadata: ImageMeta = { public: record.public === true, build: BUILD_ID, ...(v ? { v } : {}) }
      await kv.put(imageKey(record.id), drawn, { expirationTtl: IMAGE_TTL, metadata })
      // A delete may have landed while this card was being drawn: if the result is gone now,
      // the card must not outlive it.
      if (!(await resultExists(kv, record.id))) await forgetImage(kv, record.id, cacheUrl)
    },
  })
  return png!
}

/** Removes the cached card of a result (used when the result is deleted). */
export async function forgetImage(kv: KVNamespace, id: string, cacheUrl: string): Promise<void> {
  const cache = await caches.open(CACHE_NAME)
  await Promise.all([
    kv.delete(imageKey(id)),
    cache.delete(built(cacheUrl)),
    ...THUMBNAILS.map((t) => cache.delete(built(thumbnailUrl(cacheUrl, t.width)))),
  ])
}

/** Smaller renders of the card for oEmbed consumers that ask for less than 1200 × 630. */
export const THUMBNAILS = [
  { width: 600, height: 315, shrink: 2 },
  { width: 300, height: 158, shrink: 4 },
] as const

/** A thumbnail's URL (also its Cache API key). */
export const thumbnailUrl = (cardUrl: string, width: number): string => withParam(cardUrl, `w=${width}`)

/**
 * A smaller render of a result's card: from the Cache API, else drawn and kept there (not in KV:
 * it is cheap to draw again, and forgetImage drops every size with the result).
 */
export async function cardThumbnail(
  record: StoredResult,
  cardUrl: string,
  thumbnail: (typeof THUMBNAILS)[number],
  ctx: { waitUntil(promise: Promise<unknown>): void },
): Promise<ArrayBuffer | Uint8Array> {
  const draw = async () => (await loadCardRenderer()).renderCardPng(record.result, record.name, thumbnail.shrink)
  return (await cachedPng(thumbnailUrl(cardLink(cardUrl, record.sharpenedAt), thumbnail.width), draw, ctx))!
}

const pngResponse = (body: Uint8Array<ArrayBuffer>): Response =>
  new Response(body.slice(0), { headers: { 'content-type': 'image/png', 'cache-control': 'public, max-age=86400' } })
