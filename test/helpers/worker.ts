import { env, exports } from 'cloudflare:workers'
import { content } from '../../model'

/** Sends a request to the worker under test, running in workerd with simulated KV. */
export const call = (path: string, init?: RequestInit): Promise<Response> =>
  exports.default.fetch(new Request(`http://example.com${path}`, init))

/** A made-up client address, so that tests do not share one rate-limit bucket. */
export const randomIp = (): string => `198.51.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`

export const postJson = (path: string, body: unknown, ip = randomIp()): Promise<Response> =>
  call(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'cf-connecting-ip': ip },
    body: JSON.stringify(body),
  })

export const answersOf = (value: number): Record<string, number> =>
  Object.fromEntries(content.questions.map((q) => [q.id, value]))

/** How many results KV holds right now. */
export async function storedCount(): Promise<number> {
  return (await env.RESULTS.list({ prefix: 'v1:result:' })).keys.length
}

/**
 * The local rate limiters (miniflare's) count in windows aligned to the wall-clock minute, so a
 * test that spends a limit and expects the next request refused fails when its requests straddle
 * a minute (CI saw the 21st card of a minute drawn). Waits, when needed, for the next minute to
 * start, so that at least `seconds` of the window remain for the test's requests.
 */
export async function freshLimiterWindow(seconds = 20): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000)
  if (left < seconds * 1000) await new Promise((resolve) => setTimeout(resolve, left + 100))
}
