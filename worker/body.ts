import type { Context } from 'hono'
import type { AppEnv } from './env'
import { apiError } from './errors'
import { fromAnotherSite } from './form-origin'
import { errorPage, foreignForm } from './render/error-page'

/** Largest request body accepted, in bytes. */
export const MAX_BODY = 16 * 1024

export type BodyOutcome = { ok: true; value: unknown } | { ok: false; response: Response }

/**
 * Reads a JSON request body: 415 unless it is declared as JSON, 413 past MAX_BODY (checked
 * on the declared length first, then while reading, so a large body is never buffered
 * whole), 400 when it does not parse.
 */
/** Reads at most MAX_BODY bytes of the body, or reports that it is larger. */
async function readLimited(c: Context): Promise<Uint8Array | 'too-large'> {
  if (Number(c.req.header('content-length') ?? 0) > MAX_BODY) return 'too-large'
  const reader = c.req.raw.body?.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  if (reader)
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > MAX_BODY) {
        await reader.cancel().catch(() => undefined)
        return 'too-large'
      }
      chunks.push(value)
    }
  const bytes = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    bytes.set(chunk, at)
    at += chunk.byteLength
  }
  return bytes
}

export type FormOutcome = { ok: true; form: URLSearchParams } | { ok: false; response: Response }

/**
 * Reads a form posted by one of the site's pages: refused (403) when another site sent it,
 * then only application/x-www-form-urlencoded (no multipart, no files), at most MAX_BODY
 * bytes; anything else gets the HTML error page. Every HTML form post goes through here.
 */
export async function readForm(c: Context<AppEnv>): Promise<FormOutcome> {
  if (fromAnotherSite(c.req)) return { ok: false, response: foreignForm(c) }
  const type = c.req.header('content-type') ?? ''
  if (!/^application\/x-www-form-urlencoded\s*(;|$)/i.test(type)) return { ok: false, response: errorPage(c, 415) }
  const bytes = await readLimited(c)
  if (bytes === 'too-large') return { ok: false, response: errorPage(c, 413) }
  return { ok: true, form: new URLSearchParams(new TextDecoder().decode(bytes)) }
}

export async function readJson(c: Context): Promise<BodyOutcome> {
  const type = c.req.header('content-type') ?? ''
  if (!/^application\/json\s*(;|$)/i.test(type))
    return { ok: false, response: apiError(c, 415, 'Send the body as JSON (Content-Type: application/json).') }
  const tooLarge = () => ({
    ok: false as const,
    response: apiError(c, 413, `The request body is larger than ${MAX_BODY} bytes.`),
  })
  const bytes = await readLimited(c)
  if (bytes === 'too-large') return tooLarge()
  try {
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) }
  } catch {
    return {
      ok: false,
      response: apiError(c, 400, 'The request body is not valid JSON.', [{ path: '', message: 'not valid JSON' }]),
    }
  }
}
