import type { Context } from 'hono'
import { Hono } from 'hono/tiny'
import type { AppEnv } from '../env'
import { loadSources } from '../lazy-modules'

/**
 * Widget sources and their owners' cohort views (README "Cohort view for widget owners"). The
 * main worker only says which routes exist (so that other methods get 405 with Allow); each
 * request is answered by the lazily loaded module (worker/sources/handlers.tsx, `handle`), as the
 * main worker has almost no room left.
 */
export const sources = new Hono<AppEnv>()

const handle = async (c: Context<AppEnv>) => (await loadSources()).handle(c)

sources.on('GET', ['/api/sources/:tag', '/s/new', '/s/:tag'], handle)
sources.on('POST', ['/api/sources', '/s', '/s/:tag/delete'], handle)
sources.delete('/api/sources/:tag', handle)
