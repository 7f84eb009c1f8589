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
