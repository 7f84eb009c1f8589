import { Hono } from 'hono/tiny'
import { answerIds } from '../../model/answer-ids'
import { scoringContent as content } from '../../model/content/scoring'
import { positionPhrase } from '../../contract/format'
import { isPlaced, placementDescription, placementTitle } from '../../contract/placement-words'
import { readForm } from '../body'
import { deletePath } from '../results/create'
import { isId } from '../ids'
import { loadPages, loadQuiz, loadResultPage } from '../lazy-modules'
import type { AppEnv } from '../env'
import { cardImage, cardLink, cardThumbnail, imageUrl, storedImage, THUMBNAILS } from '../image-cache'
import { notModified } from '../etag'
import { apiError } from '../errors'
import { NORMS_SINCE_VERSION, normsView } from '../norms/percentiles'
import { readNorms } from '../norms/store'
import { renderDocument } from '../render/document'
import { errorPage } from '../render/error-page'
import { privatePage } from '../render/private-page'
import { findOwned, findResult, requireOwner } from '../results/find'
import { removeEverywhere } from '../results/remove'
import { rescoreResult } from '../results/rescore'
import { refreshTeams } from '../team/join'
import type { StoredResult } from '../results/schema'
import { StorageUnavailable } from '../results/store'
import { quizMinutes } from '../../model/content/timing'

/** Result pages, their social images, and the private delete flow. */
export const results = new Hono<AppEnv>()

export const areaNames = content.areas.map(({ id, name }) => ({ id, name }))

/**
 * Questions of the current quiz a stored result has no answer to (none for older versions, which
 * asked all). Only missing skills make a result worth sharpening; the mentoring question, which
 * measures none, comes along when it too is unanswered.
 */
const unanswered = (record: StoredResult): string[] =>
  record.quizVersion === content.version && content.questions.some((q) => record.answers[q.id] === undefined)
    ? answerIds(content).filter((id) => record.answers[id] === undefined)
    : []

/**
 * The words of a link preview for a result. From quiz version 2 on they carry the seniority and
 * the certainty (see placement-words.ts); older results keep the words they always had.
 */
export function preview(record: StoredResult, origin: string) {
  const { result } = record
  const top = result.roles[0]!
  const url = `${origin}/r/${record.id}`
  const who = record.name ? `${record.name}: ` : ''
  const invite = `Take the Role Spectrum quiz (${quizMinutes}) to see where you sit.`
  const title = isPlaced(result)
    ? `${who}${placementTitle(result)}`
    : `${who}${top.name}, ${positionPhrase(result.spectrum.position)}`
  return {
    url,
    title,
    // What a share sends. From quiz version 3 on it names no one and speaks for no one: a page
    // with no script cannot tell the owner from a visitor, so the server's words suit both and
    // the owner's device makes them "My Role Spectrum result" (web/client/result.ts). Older
    // results keep their text, in the owner's voice.
    shareText:
      isPlaced(result) && record.quizVersion >= 3
        ? `A Role Spectrum result: ${placementTitle(result)}.`
        : `My Role Spectrum: ${title}.`,
    description: isPlaced(result)
      ? `${placementDescription(result)} ${invite}`
      : `Closest fit ${top.name} (${top.fit} of 100). ${result.spectrum.label}. ${invite}`,
    image: cardLink(`${url}/image.png`, record.sharpenedAt),
  }
}

results.get('/:id', async (c) => {
  const record = await findResult(c, c.req.param('id'))
  // The growth target the page shows: one it has a path for, else its default. The ETag is
  // made from that, never from the raw query, so odd or unknown targets share the default's.
  const query = c.req.query('target')
  const target = record.result.growth.find((g) => g.target === query)?.target
  // Figures of other takers (one KV read, kept a minute). The ETag names what of them the page
  // shows: how many rows they count (their content only changes with it) and the day counted.
  const norms = record.quizVersion >= NORMS_SINCE_VERSION ? await readNorms(c.env, c.executionCtx, record.quizVersion) : undefined
  const unchanged = notModified(
    c,
    `${record.id}.${record.quizVersion}.${record.result.answered ?? ''}.${target ?? ''}${norms ? `.${norms.rows}.${norms.computedAt.slice(0, 10)}` : ''}`,
  )
  if (unchanged) return unchanged
  const origin = new URL(c.req.url).origin
  const p = preview(record, origin)
  const { ResultPage } = await loadResultPage()
  return c.html(
    renderDocument({
      title: `${p.title} · Role Spectrum`,
      description: p.description,
      canonical: p.url,
      noindex: !record.public,
      social: {
        title: p.title,
        description: p.description,
        url: p.url,
        image: p.image,
        imageAlt: `Role Spectrum card: ${p.title}, with five area scores.`,
      },
      oembed: `${origin}/oembed?url=${encodeURIComponent(p.url)}&format=json`,
      body: (
        <ResultPage
          result={record.result}
          areaNames={areaNames}
          id={record.id}
          displayName={record.name}
          shareUrl={p.url}
          imageUrl={p.image}
          shareText={p.shareText}
          createdAt={record.createdAt}
          target={target}
          norms={norms && normsView(norms, record.result.scores)}
        />
      ),
      scripts: ['result'],
    }),
  )
})

/**
 * The social card: from KV when it was rendered before (the hot path: one read), else made
 * for the result and kept. A deleted result's card is deleted with it.
 */
results.get('/:id/image.png', async (c) => {
  const id = c.req.param('id')
  if (!isId(id)) return errorPage(c, 404)
  // No header says whether the card was drawn or kept: that would tell who looked at it lately.
  // A private result's card asks search engines not to index it, like its page.
  const png = (body: ArrayBuffer | Uint8Array, isPublic: boolean) =>
    c.body(body as ArrayBuffer, 200, {
      'content-type': 'image/png',
      'cache-control': 'public, max-age=86400',
      ...(isPublic ? {} : { 'x-robots-tag': 'noindex' }),
    })
  const w = c.req.query('w')
  if (w !== undefined) {
    // A thumbnail for oEmbed (?w=600 or ?w=300); any other width is refused by name.
    const thumbnail = THUMBNAILS.find((t) => String(t.width) === w)
    if (!thumbnail)
      return apiError(c, 400, 'Invalid image size.', [
        { path: 'w', message: `Must be one of ${THUMBNAILS.map((t) => t.width).join(', ')}; omit it for 1200 × 630.` },
      ])
    const record = await findResult(c, id)
    return png(await cardThumbnail(record, imageUrl(c.req.url, id), thumbnail, c.executionCtx), record.public === true)
  }
  // A link that names a version (a sharpened result's: cardLink) takes only the card of that
  // version; a plain link whatever card is kept, which is the newest once a versioned link was read.
  const v = c.req.query('v')
  const stored = await storedImage(c.env.RESULTS, id)
  if (stored && (v === undefined || stored.v === v)) return png(stored.body, stored.public)
  const record = await findResult(c, id)
  return png(await cardImage(c.env.RESULTS, record, imageUrl(c.req.url, id), c.executionCtx), record.public === true)
})

/** After the form quiz: the result link and the delete link, once. */
results.get('/:id/saved', async (c) => {
  const id = c.req.param('id')
  const token = c.req.query('token')
  const record = await findOwned(c, id, token)
  const sharpenUrl = unanswered(record).length > 0 ? `/r/${id}/sharpen?token=${token}` : undefined
  return privatePage(
    c,
    'Your result is saved',
    'Your result and its private delete link.',
    (await loadPages()).savedPage({ url: `/r/${id}`, deleteUrl: deletePath(id, token!), sharpenUrl }),
  )
})

/** The owner's form for the questions the adaptive quiz did not ask. */
results.get('/:id/sharpen', async (c) => {
  const id = c.req.param('id')
  const token = c.req.query('token')
  const record = await findOwned(c, id, token)
  const remaining = unanswered(record)
  if (remaining.length === 0) return c.redirect(`/r/${id}`, 303)
  return privatePage(
    c,
    'Sharpen your result',
    'Answer the remaining questions of your result.',
    (await loadQuiz()).sharpenPage({ id, token: token!, remaining }),
  )
})

/** Scores the same result again on all its answers, kept under the same id and links. */
results.post('/:id/sharpen', async (c) => {
  const id = c.req.param('id')
  const form = await readForm(c)
  const token = form.get('token') ?? undefined
  const record = await findOwned(c, id, token)
  const remaining = unanswered(record)
  const answers: Record<string, number> = {}
  const errors: Record<string, string> = {}
  for (const q of remaining) {
    const raw = form.get(q)
    if (raw !== null && /^[0-4]$/.test(raw)) answers[q] = Number(raw)
    else errors[q] = 'Choose one of the options.'
  }
  if (Object.keys(errors).length > 0)
    return privatePage(
      c,
      'Sharpen your result',
      'Answer the remaining questions of your result.',
      (await loadQuiz()).sharpenPage({ id, token: token!, remaining, answers, errors }),
      400,
    )
  try {
    const updated = await rescoreResult(c.env.RESULTS, record, answers, imageUrl(c.req.url, id))
    // The teams it is on now credit the member with every skill (a short path credited only those asked).
    await refreshTeams(c.env, updated)
  } catch (err) {
    if (!(err instanceof StorageUnavailable)) throw err
    c.header('Retry-After', '5')
    return errorPage(c, 503)
  }
  return c.redirect(`/r/${id}`, 303)
})

results.get('/:id/delete', async (c) => {
  const id = c.req.param('id')
  const token = c.req.query('token')
  await requireOwner(c, id, token)
  return privatePage(
    c,
    'Delete this result?',
    'Delete a Role Spectrum result.',
    (await loadPages()).deletePage({ id, token: token!, state: 'confirm' }),
  )
})

results.post('/:id/delete', async (c) => {
  const id = c.req.param('id')
  const form = await readForm(c)
  await requireOwner(c, id, form.get('token') ?? undefined)
  await removeEverywhere(c, id)
  const { deletePage } = await loadPages()
  return privatePage(c, 'Deleted', 'The result was deleted.', deletePage({ id, token: '', state: 'done' }))
})
