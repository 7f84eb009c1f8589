import { Hono } from 'hono'
import type { AppEnv } from './env'
import { apiError } from './errors'
import { api } from './routes/api'
import { notFoundPage, pages } from './routes/pages'

const app = new Hono<AppEnv>()

app.route('/api', api)
app.route('/', pages)

app.notFound((c) => (c.req.path.startsWith('/api/') ? apiError(c, 404, 'No such API route.') : notFoundPage(c)))

app.onError((err, c) => {
  const requestId = crypto.randomUUID()
  console.error(`request ${requestId} failed`, err)
  if (c.req.path.startsWith('/api/')) return c.json({ error: 'Something went wrong on our side.', requestId }, 500)
  return c.html(`<!doctype html><title>Error</title><p>Something went wrong on our side. Request id: ${requestId}</p>`, 500)
})

export default app
