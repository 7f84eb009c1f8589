import type { StoredResult } from './store'

const imageKey = (id: string): string => `v1:image:${id}`

/**
 * The result's social card as PNG bytes: from the Cache API, else from KV, else rendered
 * (the renderer is imported only here, so other routes never load it) and kept in both.
 * A first KV read can miss and be remembered as "not found" for a minute at this location;
 * the Cache API entry written right after covers that location, so it costs one render at most.
 */
export async function cardImage(
  kv: KVNamespace,
  record: StoredResult,
  cacheUrl: string,
  ctx: { waitUntil(promise: Promise<unknown>): void },
): Promise<{ body: ArrayBuffer | Uint8Array; source: 'cache' | 'kv' | 'render' }> {
  const cache = await caches.open('role-spectrum-images')
  const hit = await cache.match(cacheUrl)
  if (hit) return { body: await hit.arrayBuffer(), source: 'cache' }
  const stored = await kv.get(imageKey(record.id), 'arrayBuffer')
  if (stored) {
    ctx.waitUntil(cache.put(cacheUrl, pngResponse(stored)))
    return { body: stored, source: 'kv' }
  }
  const { renderCardPng } = await import('./generated/card.mjs')
  const png = await renderCardPng(record.result, record.name)
  ctx.waitUntil(Promise.all([kv.put(imageKey(record.id), png), cache.put(cacheUrl, pngResponse(png))]))
  return { body: png, source: 'render' }
}

/** Removes the cached card of a result (used when the result is deleted). */
export async function forgetImage(kv: KVNamespace, id: string, cacheUrl: string): Promise<void> {
  const cache = await caches.open('role-spectrum-images')
  await Promise.all([kv.delete(imageKey(id)), cache.delete(cacheUrl)])
}

export const pngResponse = (body: ArrayBuffer | Uint8Array): Response =>
  new Response(body as ArrayBuffer, {
    headers: { 'content-type': 'image/png', 'cache-control': 'public, max-age=31536000, immutable' },
  })
