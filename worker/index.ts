import { HTTPException } from 'hono/http-exception'
import { Hono } from 'hono/tiny'
import { isApiPath } from './api-path'
import { limitBodies } from './body'
import type { AppEnv } from './env'
import { apiError } from './errors'
import { errorPage } from './render/error-page'
import { Refusal } from './refusal'
import { api } from './routes/api'
import { compare } from './routes/compare'
import { embed } from './routes/embed'
import { oembed } from './routes/oembed'
import { pages } from './routes/pages'
import { results } from './routes/results'
import { sources } from './routes/sources'
import { stats } from './routes/stats'
import { scheduled } from './norms/scheduled'
import { securityHeaders } from './security-headers'
import { teams } from './routes/teams'
import { teamPages } from './routes/team-pages'

export { Team } from './team/team-object'
export { ResultTeams } from './team/result-teams'

const app = new Hono<AppEnv>()

app.use(securityHeaders())
app.use(limitBodies)
/** A trivial route: for uptime checks, and the floor the benchmark compares every route with. */
app.get('/healthz', (c) => c.text('ok'))
app.route('/api', api)
app.route('/api/teams', teams)
app.route('/oembed', oembed)
app.route('/embed', embed)
app.route('/r', results)
app.route('/compare', compare)
app.route('/t', teamPages)
app.route('/stats', stats)
app.route('/', sources)
app.route('/', pages)

/**
 * The methods a path has routes for, asked of the router itself so that it cannot drift from
 * the routes: a method counts when it matches more handlers than no method at all does (the
 * middleware for every method matches both). HEAD is answered wherever GET is.
 */
function allowedMethods(path: string): string[] {
  const handlers = (method: string) => app.router.match(method, path)[0].length
  const base = handlers('')
  const allowed = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].filter((m) => handlers(m) > base)
  return allowed[0] === 'GET' ? ['GET', 'HEAD', ...allowed.slice(1)] : allowed
}

app.notFound((c) => {
  const allowed = allowedMethods(c.req.path)
  // No route for the path, or a route that found nothing (c.notFound()).
  if (allowed.length === 0 || allowed.includes(c.req.method))
    return isApiPath(c.req.path) ? apiError(c, 404, 'No such API route.') : errorPage(c, 404)
  // A known path with the wrong method.
  c.header('Allow', allowed.join(', '))
  return isApiPath(c.req.path) ? apiError(c, 405, `This address takes ${allowed.join(', ')}.`) : errorPage(c, 405)
})

app.onError((err, c) => {
  // A refusal, thrown by a route or anything below it: answered here, once, in the path's format.
  if (err instanceof Refusal)
    return isApiPath(c.req.path) ? apiError(c, err.status, err.message, err.issues) : errorPage(c, err.status)
  // An exception that carries its own answer (a form from another site).
  if (err instanceof HTTPException) return err.getResponse()
  const requestId = crypto.randomUUID()
  console.error(`request ${requestId} failed:`, err)
  if (isApiPath(c.req.path)) return c.json({ error: 'Something went wrong on our side.', issues: [], requestId }, 500)
  return errorPage(c, 500, requestId)
})

/** Requests go to the Hono app; the Cron Trigger recomputes the norms (worker/norms/scheduled.ts). */
export default { fetch: app.fetch, scheduled } satisfies ExportedHandler<Cloudflare.Env>
