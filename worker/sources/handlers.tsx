import type { Context } from 'hono'
import { scoringContent as content } from '../../model/content/scoring'
import { NotFound } from '../../web/pages/NotFound'
import { CohortPage } from '../../web/sources/CohortPage'
import { NewSourcePage } from '../../web/sources/NewSourcePage'
import { readForm } from '../body'
import type { AppEnv } from '../env'
import { apiError } from '../errors'
import { rateLimited } from '../rate-limit'
import { renderDocument } from '../render/document'
import { errorPage } from '../render/error-page'
import { markPrivate } from '../render/private-page'
import { bearer, tokenMatches } from '../tokens'
import { jsonBody } from '../validate'
import { Refusal } from '../refusal'
import { readCohort } from './cohort'
import { createSourceBody, type SourceRecord, sourceTag } from './schema'
import { createSource, embedSnippet, ownerPath } from './service'
import { deleteSource, loadSource } from './store'
import { COHORT_MIN_ROWS, COHORT_STEP } from './cohort'
import { cohortView } from './view'

/**
 * Widget sources and their cohort views: the handlers behind worker/routes/sources.ts, a chunk
 * loaded on first use (worker/lazy-modules.ts).
 */
type C = Context<AppEnv>

const roles = content.roles.map(({ id, name }) => ({ id, name }))
const areaNames = content.areas.map(({ id, name }) => ({ id, name }))

const NO_SOURCE = 'No cohort view with this tag.'
/** The words of the form's 503 page (the error page's own speak of a result). */
const NOT_STORED = {
  title: 'Your cohort view could not be created just now',
  message: 'Nothing was stored. Please go back and try again in a few seconds.',
}
const TOO_MANY = 'Too many cohort views were created from this address in the last minute. Please wait a minute and try again.'

/** The source of the path's tag, when the token is its owner's. */
async function owned(c: C, token: string | undefined): Promise<{ tag: string; record: SourceRecord } | 404 | 403> {
  const tag = sourceTag.safeParse(c.req.param('tag'))
  if (!tag.success) return 404
  const record = await loadSource(c.env.RESULTS, tag.data)
  if (!record) return 404
  return (await tokenMatches(token, record.ownerHash)) ? { tag: tag.data, record } : 403
}

const figures = async (c: C, tag: string) =>
  cohortView(await readCohort(c.env, c.executionCtx, tag, content.version), roles, areaNames)

/** POST /api/sources `{ name }` → 201 with the tag, the owner's private link and the widget's HTML. */
async function createApi(c: C) {
  const body = await jsonBody(c, createSourceBody, 'A cohort view needs a name.', { name: 'name' })
  if (await rateLimited(c, c.env.SOURCE_LIMITER)) throw new Refusal(429, TOO_MANY)
  let made: Awaited<ReturnType<typeof createSource>>
  try {
    made = await createSource(c.env.RESULTS, body.name)
  } catch (err) {
    console.error('source not stored:', err)
    c.header('Retry-After', '10')
    throw new Refusal(503, 'The cohort view could not be stored just now. Please try again.')
  }
  c.header('Cache-Control', 'no-store')
  return c.json(
    {
      source: made.tag,
      name: made.record.name,
      createdAt: made.record.createdAt,
      ownerUrl: ownerPath(made.tag, made.token),
      embed: embedSnippet(new URL(c.req.url).origin, made.tag),
    },
    201,
  )
}

/** GET /api/sources/{tag} with the owner's token: the cohort's figures as JSON. */
async function readApi(c: C) {
  const found = await owned(c, bearer(c.req.header('authorization')))
  if (found === 404) return apiError(c, 404, NO_SOURCE)
  if (found === 403) return apiError(c, 403, 'This owner token is missing or wrong.')
  const view = await figures(c, found.tag)
  c.header('Cache-Control', 'no-store')
  return c.json({ source: found.tag, name: found.record.name, createdAt: found.record.createdAt, ...view })
}

/** DELETE /api/sources/{tag} with the owner's token → 204. */
async function deleteApi(c: C) {
  const found = await owned(c, bearer(c.req.header('authorization')))
  if (found === 404) return apiError(c, 404, NO_SOURCE)
  if (found === 403) return apiError(c, 403, 'This owner token is missing or wrong.')
  await deleteSource(c.env.RESULTS, found.tag)
  return c.body(null, 204)
}

const newPageHtml = (c: C, props: { name?: string; error?: string }, status: 200 | 400 = 200) =>
  c.html(
    renderDocument({
      title: 'A cohort view for your widget · Role Spectrum',
      description: 'Embed the quiz with a tag of its own and see everyone who takes it through your widget, counted together.',
      canonical: new URL('/s/new', c.req.url).href,
      body: <NewSourcePage {...props} minRows={COHORT_MIN_ROWS} />,
    }),
    status,
  )

/** GET /s/new: the form. */
const newPage = async (c: C) => newPageHtml(c, {})

/** POST /s from the form: a new source, then its private page. */
async function createForm(c: C) {
  const name = (await readForm(c)).get('name') ?? ''
  const parsed = createSourceBody.safeParse({ name })
  if (!parsed.success) return newPageHtml(c, { name, error: `The name ${parsed.error.issues[0]!.message}.` }, 400)
  if (await rateLimited(c, c.env.SOURCE_LIMITER)) return errorPage(c, 429, undefined, TOO_MANY)
  try {
    const made = await createSource(c.env.RESULTS, parsed.data.name)
    return c.redirect(`${ownerPath(made.tag, made.token)}&new=1`, 303)
  } catch (err) {
    console.error('source not stored:', err)
    c.header('Retry-After', '10')
    return errorPage(c, 503, undefined, undefined, NOT_STORED)
  }
}

/** GET /s/{tag}?token=…: the owner's private page. */
async function ownerPage(c: C) {
  const token = c.req.query('token')
  const found = await owned(c, token)
  if (typeof found === 'number') return errorPage(c, found)
  const view = await figures(c, found.tag)
  const origin = new URL(c.req.url).origin
  markPrivate(c)
  return c.html(
    renderDocument({
      title: `${found.record.name} · Cohort view · Role Spectrum`,
      description: 'How the people who took the quiz through this widget spread, counted together.',
      noindex: true,
      body: (
        <CohortPage
          tag={found.tag}
          name={found.record.name}
          ownerUrl={`${origin}${ownerPath(found.tag, token!)}`}
          embed={embedSnippet(origin, found.tag)}
          token={token!}
          isNew={c.req.query('new') === '1'}
          view={view}
          step={COHORT_STEP}
        />
      ),
    }),
  )
}

/** POST /s/{tag}/delete from the owner's page. */
async function deleteForm(c: C) {
  const found = await owned(c, (await readForm(c)).get('token') ?? undefined)
  if (typeof found === 'number') return errorPage(c, found)
  await deleteSource(c.env.RESULTS, found.tag)
  markPrivate(c)
  return c.html(
    renderDocument({
      title: 'Cohort view deleted · Role Spectrum',
      description: 'The cohort view was deleted.',
      noindex: true,
      body: (
        <NotFound
          title="The cohort view was deleted"
          message="Its figures and its private link are gone. The widget still works on your page, and the results people made through it are theirs as before."
        />
      ),
    }),
  )
}

/**
 * Answers a request worker/routes/sources.ts routed here, by its method and path: that file
 * lists exactly these routes (GET /api/sources/{tag}, /s/new, /s/{tag}; POST /api/sources, /s,
 * /s/{tag}/delete; DELETE /api/sources/{tag}), so nothing else arrives.
 */
export function handle(c: C): Promise<Response> {
  const path = c.req.path
  if (path === '/api/sources') return createApi(c)
  if (path.startsWith('/api/')) return c.req.method === 'DELETE' ? deleteApi(c) : readApi(c)
  if (c.req.method === 'POST') return path === '/s' ? createForm(c) : deleteForm(c)
  return path === '/s/new' ? newPage(c) : ownerPage(c)
}
