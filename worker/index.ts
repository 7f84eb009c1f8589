import { Hono } from 'hono/tiny'
import type { AppEnv } from './env'
import { apiError } from './errors'
import { errorPage } from './render/error-page'
import { api } from './routes/api'
import { embed } from './routes/embed'
import { oembed } from './routes/oembed'
import { pages } from './routes/pages'
import { results } from './routes/results'
import { securityHeaders } from './security-headers'
import { teams } from './routes/teams'
import { teamPages } from './routes/team-pages'

export { Team } from './team/team-object'

const app = new Hono<AppEnv>()

app.use(securityHeaders())
/** A trivial route: for uptime checks, and the floor the benchmark compares every route with. */
app.get('/healthz', (c) => c.text('ok'))
app.route('/api', api)
app.route('/api/teams', teams)
app.route('/oembed', oembed)
app.route('/embed', embed)
app.route('/r', results)
app.route('/t', teamPages)
app.route('/', pages)

const wantsJson = (path: string) => path.startsWith('/api/') || path.startsWith('/oembed')

app.notFound((c) => (wantsJson(c.req.path) ? apiError(c, 404, 'No such API route.') : errorPage(c, 404)))

app.onError((err, c) => {
  const requestId = crypto.randomUUID()
  console.error(`request ${requestId} failed:`, err)
  if (wantsJson(c.req.path)) return c.json({ error: 'Something went wrong on our side.', issues: [], requestId }, 500)
  return errorPage(c, 500, requestId)
})

export default app
