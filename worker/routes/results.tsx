import { Hono, type Context } from 'hono'
import { content } from '../../model'
import { positionPhrase } from '../../web/result/format'
import { ResultPage } from '../../web/result/ResultPage'
import type { AppEnv } from '../env'
import { cardImage } from '../image-cache'
import { isId } from '../ids'
import { renderDocument } from '../render/document'
import { errorPage } from '../render/error-page'
import { loadResult, type StoredResult } from '../store'

/** Result pages and their social images. */
export const results = new Hono<AppEnv>()

export const areaNames = content.areas.map(({ id, name }) => ({ id, name }))

/** Loads a result for a page, or answers with the error page. */
async function find(c: Context<AppEnv>, id: string) {
  if (!isId(id)) return { error: errorPage(c, 404) }
  const outcome = await loadResult(c.env.RESULTS, id)
  if (outcome.kind === 'found') return { record: outcome.record }
  return { error: errorPage(c, outcome.kind === 'corrupt' ? 500 : 404) }
}

/** The words of a link preview for a result. */
export function preview(record: StoredResult, origin: string) {
  const top = record.result.roles[0]!
  const url = `${origin}/r/${record.id}`
  return {
    url,
    title: `${top.name}, ${positionPhrase(record.result.spectrum.position)}`,
    description: `Closest fit ${top.name} (${top.fit} of 100). ${record.result.spectrum.label}. Take the five-minute Role Spectrum quiz to see where you sit.`,
    image: `${url}/image.png`,
  }
}

results.get('/:id', async (c) => {
  const found = await find(c, c.req.param('id'))
  if (found.error) return found.error
  const { record } = found
  const origin = new URL(c.req.url).origin
  const p = preview(record, origin)
  return c.html(
    renderDocument({
      title: `${p.title} · Role Spectrum`,
      description: p.description,
      canonical: p.url,
      noindex: true,
      social: { ...p, imageAlt: `Role Spectrum card: ${p.title}, with five area scores.` },
      oembed: `${origin}/oembed?url=${encodeURIComponent(p.url)}&format=json`,
      body: (
        <ResultPage
          result={record.result}
          areaNames={areaNames}
          shareUrl={p.url}
          imageUrl={p.image}
          shareText={`My Role Spectrum: ${p.title}.`}
          createdAt={record.createdAt}
          target={c.req.query('target')}
        />
      ),
      scripts: ['result'],
    }),
  )
})

results.get('/:id/image.png', async (c) => {
  const found = await find(c, c.req.param('id'))
  if (found.error) return found.error
  const key = new URL(`/r/${found.record.id}/image.png`, c.req.url).href
  const { body, source } = await cardImage(c.env.RESULTS, found.record, key, c.executionCtx)
  return c.body(body as ArrayBuffer, 200, {
    'content-type': 'image/png',
    'cache-control': 'public, max-age=31536000, immutable',
    'x-image-source': source,
  })
})
