import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { bodyLimit } from 'hono/body-limit'
import type { AppEnv } from './env'
import { apiError } from './errors'
import { fromAnotherSite } from './form-origin'
import { errorPage, foreignForm } from './render/error-page'
import { Refusal } from './refusal'
import { isApiPath } from './api-path'

/** Largest request body accepted, in bytes. */
export const MAX_BODY = 16 * 1024

export const limitBodies = bodyLimit({
  maxSize: MAX_BODY,
  onError: (c: Context<AppEnv>) =>
    isApiPath(c.req.path) ? apiError(c, 413, `The request body is larger than ${MAX_BODY} bytes.`) : errorPage(c, 413),
})

const bytesOf = async (c: Context): Promise<Uint8Array> => new Uint8Array(await c.req.arrayBuffer())

/**
 * Reads a form posted by one of the site's pages: refused (403) when another site sent it,
 * then only application/x-www-form-urlencoded (no multipart, no files); anything else gets
 * the HTML error page. Every HTML form post goes through here.
 */
export async function readForm(c: Context<AppEnv>): Promise<URLSearchParams> {
  if (fromAnotherSite(c.req)) throw new HTTPException(403, { res: foreignForm(c) })
  const type = c.req.header('content-type') ?? ''
  if (!/^application\/x-www-form-urlencoded\s*(;|$)/i.test(type)) throw new Refusal(415, 'Send the form from this site.')
  return new URLSearchParams(new TextDecoder().decode(await bytesOf(c)))
}

/** Reads a JSON request body: 415 unless it is declared as JSON, 400 when it does not parse. */
export async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? ''
  if (!/^application\/json\s*(;|$)/i.test(type)) throw new Refusal(415, 'Send the body as JSON (Content-Type: application/json).')
  const bytes = await bytesOf(c)
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    throw new Refusal(400, 'The request body is not valid JSON.', [{ path: '', message: 'not valid JSON' }])
  }
}
