import type { Context } from 'hono'
import { Hono } from 'hono/tiny'
import { scoringContent as content } from '../../model/content/scoring'
import type { Problem } from '../../web/compare/CompareProblem'
import { type CompareSide, sideLabels } from '../../contract/compare-words'
import { accentStylesheet, embedSettings, parseEmbedQuery, themeAttributes } from '../embed-options'
import { readForm } from '../body'
import type { AppEnv } from '../env'
import { notModified } from '../etag'
import { isId } from '../ids'
import { loadCardRenderer, loadComparePage } from '../lazy-modules'
import { renderDocument } from '../render/document'
import { rateLimited } from '../rate-limit'
import { markPrivate } from '../render/private-page'
import { cachedPng, cardVersion } from '../image-cache'
import { findResult, lookUpResult } from '../results/find'
import { resultRefusal } from '../results/refusals'
import type { StoredResult } from '../results/schema'

/**
 * Two results compared: the "Compare with…" form's target, the comparison page, its card
 * image, and (mounted under /embed) its embeddable card. The pages, their words and the pair's
 * reading load lazily (a chunk, worker/lazy-modules.ts); this module only finds the results.
 */
export const compare = new Hono<AppEnv>()

/**
 * The result id in what a person pasted into "Compare with…": a result link of any host or
 * form (https://host/r/ID, host/r/ID, /r/ID/, /r/ID?x=y, /r/ID/image.png, an embed link, even
 * the private delete link, of which only the id is read), or the bare 22-character id.
 */
export function resultIdIn(input: string): string | undefined {
  const text = input.trim()
  if (isId(text)) return text
  let path: string
  try {
    path = new URL(text, 'https://pasted.invalid').pathname
  } catch {
    return undefined
  }
  const id = path.match(/(?:^|\/)r\/([^/]+)(?:\/(?:image\.png|delete|saved)?)?$/)?.[1]
  return id !== undefined && isId(id) ? id : undefined
}

/** Both results of a comparison; throws 404 when either is unknown or deleted, 500 when unreadable. */
async function findBoth(
  c: Context<AppEnv>,
): Promise<{ records: [StoredResult, StoredResult]; sides: [CompareSide, CompareSide] }> {
  const records = await Promise.all([findResult(c, c.req.param('a') ?? ''), findResult(c, c.req.param('b') ?? '')])
  const labels = sideLabels(records[0]!.name, records[1]!.name)
  const side = (i: 0 | 1): CompareSide => {
    const r = records[i]!
    return { letter: i ? 'B' : 'A', id: r.id, label: labels[i], result: r.result, quizVersion: r.quizVersion }
  }
  return { records, sides: [side(0), side(1)] }
}

const comparePath = (a: string, b: string) => `/compare/${a}/${b}`

/** The page of a request that cannot be followed, naming the problem, with the form to try again. */
async function problem(c: Context<AppEnv>, kind: Problem, id?: string) {
  const page = (await loadComparePage()).compareProblemPage(kind, id)
  return c.html(
    renderDocument({ title: `${page.title} · Role Spectrum`, description: page.description, noindex: true, body: page.body }),
    page.status,
  )
}

/**
 * Where "Compare with…" leads: 303 to the comparison, or a page that names what is wrong. What
 * was pasted may be a private link, so the answer is never cached nor sent on as a referrer, and
 * the pasted text is never shown back.
 */
async function follow(c: Context<AppEnv>, a: string, other: string) {
  markPrivate(c)
  if (!isId(a)) return problem(c, 'start')
  if (!other) return problem(c, 'empty', a)
  const b = resultIdIn(other)
  if (!b) return problem(c, 'link', a)
  const [first, second] = await Promise.all([lookUpResult(c, a), lookUpResult(c, b)])
  if (first.kind !== 'found') throw resultRefusal(first.kind === 'corrupt' ? 500 : 404)
  if (second.kind === 'missing') return problem(c, 'missing', a)
  if (second.kind === 'corrupt') throw resultRefusal(500)
  return c.redirect(comparePath(a, b), 303)
}

/** The "Compare with…" form: a POST, so a pasted private link never lands in a URL. */
compare.post('/', async (c) => {
  const form = await readForm(c)
  return follow(c, form.get('a')?.trim() ?? '', form.get('other')?.trim() ?? '')
})

/** The form's earlier GET (`/compare?a=…&other=…`), kept for links and bookmarks made with it. */
compare.get('/', (c) => follow(c, c.req.query('a')?.trim() ?? '', c.req.query('other')?.trim() ?? ''))

/**
 * The comparison card's URL, as pages link it and the Cache API keeps it: once either result was
 * sharpened its card changed, so the link names both versions (`?v=`), like a result's own card.
 */
const compareCard = (url: string, a: StoredResult, b: StoredResult): string => {
  const va = cardVersion(a.sharpenedAt)
  const vb = cardVersion(b.sharpenedAt)
  // 0 for a card that never changed, so the link never ends in a dot (which link detectors drop).
  return va || vb ? `${url}/image.png?v=${va ?? '0'}.${vb ?? '0'}` : `${url}/image.png`
}

compare.get('/:a/:b', async (c) => {
  const found = await findBoth(c)
  const [ra, rb] = found.records
  const unchanged = notModified(
    c,
    `compare.${ra.id}.${ra.quizVersion}.${ra.result.answered ?? ''}.${rb.id}.${rb.quizVersion}.${rb.result.answered ?? ''}`,
  )
  if (unchanged) return unchanged
  const origin = new URL(c.req.url).origin
  const url = `${origin}${comparePath(ra.id, rb.id)}`
  const image = compareCard(url, ra, rb)
  const [a, b] = found.sides
  const page = (await loadComparePage()).comparePage({ a, b, content, url, imageUrl: image })
  return c.html(
    renderDocument({
      title: `${page.title} · Role Spectrum`,
      description: page.description,
      canonical: url,
      // Indexed only when both people chose to let search engines index their result.
      noindex: !(ra.public && rb.public),
      social: {
        title: page.title,
        description: page.description,
        url,
        image,
        imageAlt: `Role Spectrum card comparing ${a.label} and ${b.label}: top roles, one spectrum, five areas.`,
      },
      oembed: `${origin}/oembed?url=${encodeURIComponent(url)}&format=json`,
      body: page.body,
      // Copy and the native share sheet of the share box (the result page's script).
      scripts: ['result'],
    }),
  )
})

/**
 * The comparison's card. Not kept in KV: both results are looked up on every request, so the
 * card of a deleted result is never served again (404). The rendered PNG is kept in the Cache
 * API of this location for up to a day, but only ever served after that check; browsers and
 * link previews may keep their copy for an hour. Drawing one is limited per client
 * (RENDER_LIMITER: 429 with Retry-After past it); serving a kept one is not.
 */
compare.get('/:a/:b/image.png', async (c) => {
  const [ra, rb] = (await findBoth(c)).records
  // Kept under the versions of the records drawn, whatever the link asked for.
  const url = compareCard(new URL(comparePath(ra.id, rb.id), c.req.url).href, ra, rb)
  const body = await cachedPng(url, async () => (await loadCardRenderer()).renderCompareCardPng(ra, rb), c.executionCtx, {
    // Only drawing costs, so only a miss counts against the client's limit.
    mayDraw: async () => !(await rateLimited(c, c.env.RENDER_LIMITER)),
  })
  if (!body)
    return c.text(
      'Too many comparison cards were drawn for this address in the last minute. Please try again in a minute.',
      429,
      {
        'cache-control': 'no-store',
      },
    )
  // No header says whether the card was drawn or kept (that would tell whether the pair was
  // compared lately); unless both results are public, search engines are asked not to index it.
  return c.body(body, 200, {
    'content-type': 'image/png',
    'cache-control': 'public, max-age=3600',
    ...(ra.public && rb.public ? {} : { 'x-robots-tag': 'noindex' }),
  })
})

/** The embeddable card of a comparison, mounted at /embed/compare (see routes/embed.tsx). */
export const compareEmbed = new Hono<AppEnv>()

compareEmbed.get('/:a/:b', async (c) => {
  const q = parseEmbedQuery(c.req.query())
  const [a, b] = (await findBoth(c)).sides
  const url = new URL(comparePath(a.id, b.id), c.req.url).href
  const page = (await loadComparePage()).compareEmbedPage({ a, b, content, url })
  return c.html(
    renderDocument({
      title: `${page.title} · Role Spectrum`,
      description: page.description,
      noindex: true,
      htmlAttrs: themeAttributes(q),
      stylesheets: accentStylesheet(q),
      body: page.body,
      scripts: ['embedCard'],
      data: { embed: embedSettings(q) },
    }),
  )
})

/** What oEmbed answers for a comparison URL's path: the frame, title and card (throws 404 or 500 for a missing or unreadable result); undefined for any other path. */
export async function compareOembed(
  c: Context<AppEnv>,
  path: string,
  origin: string,
): Promise<{ src: string; title: string; thumbnail: string } | undefined> {
  const m = path.match(/^\/compare\/([^/]+)\/([^/]+)\/?$/)
  if (!m) return undefined
  const [a, b] = await Promise.all([findResult(c, m[1]!), findResult(c, m[2]!)])
  const [labelA, labelB] = sideLabels(a.name, b.name)
  const at = `${origin}${comparePath(a.id, b.id)}`
  return {
    src: `${origin}/embed${comparePath(a.id, b.id)}`,
    title: `Role Spectrum: ${labelA} and ${labelB} compared`,
    thumbnail: compareCard(at, a, b),
  }
}
