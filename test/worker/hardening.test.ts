import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { content } from '../../model'
import app from '../../worker/index'
import { clientKey } from '../../worker/rate-limit'
import { PEOPLE } from '../helpers/people'
import { answersOf, call, freshLimiterWindow, postJson, storedCount } from '../helpers/worker'

const ids = content.questions.map((q) => q.id)
const created = async (extra: Record<string, unknown> = {}) => {
  const res = await postJson('/api/results', { answers: PEOPLE.mle, ...extra })
  expect(res.status).toBe(201)
  return (await res.json()) as { id: string; url: string; deleteUrl: string }
}
const tokenOf = (deleteUrl: string) => new URL(deleteUrl, 'http://x').searchParams.get('token')!

/** Runs the real worker with a KV binding whose chosen operation fails, as KV does in an outage. */
async function withFailingKv(fail: 'put' | 'get', request: Request): Promise<Response> {
  const broken = new Proxy(env.RESULTS, {
    get(target, prop) {
      if (prop === fail) return () => Promise.reject(new Error(`KV ${fail} failed: 503 Service Unavailable`))
      const value = Reflect.get(target, prop)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
  const ctx = createExecutionContext()
  const res = await app.fetch(request, { ...env, RESULTS: broken }, ctx)
  await waitOnExecutionContext(ctx)
  return res
}

describe('fuzzing the API with bad input', () => {
  const badAnswers = fc.oneof(
    fc.dictionary(fc.string(), fc.jsonValue()),
    fc
      .record({
        known: fc.constantFrom(...ids),
        value: fc.oneof(
          fc.integer({ min: 5 }),
          fc.integer({ max: -1 }),
          fc.double({ noInteger: true }),
          fc.string(),
          fc.boolean(),
          fc.constant(null),
        ),
      })
      .map(({ known, value }) => ({ ...answersOf(2), [known]: value })),
    // Too few answers for any path of the adaptive quiz (it asks at least three per area).
    fc.integer({ min: 0, max: 14 }).map((n) => Object.fromEntries(Object.entries(answersOf(1)).slice(0, n))),
    fc
      .constantFrom('__proto__', 'constructor', 'prototype', 'toString')
      .map((k) => JSON.parse(`{"${k}": 1, ${JSON.stringify(answersOf(1)).slice(1)}`)),
  )
  const badBody = fc.oneof(
    fc.jsonValue().map((v) => JSON.stringify(v)),
    badAnswers.map((answers) => JSON.stringify({ answers })),
    fc
      .record({ answers: fc.constant(answersOf(1)), extra: fc.string({ minLength: 1 }) })
      .map(({ answers, extra }) => JSON.stringify({ answers, [`x${extra}`]: 1 })),
    fc
      .record({
        name: fc.oneof(
          fc.string().map((s) => `${'x'.repeat(41)}${s}`),
          fc.constant('   '),
          fc.integer(),
        ),
      })
      .map(({ name }) => JSON.stringify({ answers: answersOf(1), name })),
    fc.string(),
  )

  it('never answers 5xx and stores nothing for thousands of bad bodies', async () => {
    const before = await storedCount()
    await fc.assert(
      fc.asyncProperty(badBody, fc.constantFrom('application/json', 'application/json; charset=utf-8'), async (body, type) => {
        const res = await call('/api/results', { method: 'POST', headers: { 'content-type': type }, body })
        expect(res.status, body).toBeGreaterThanOrEqual(400)
        expect(res.status, body).toBeLessThan(500)
        const json = (await res.json()) as { error: string; issues: unknown[] }
        expect(typeof json.error).toBe('string')
        expect(Array.isArray(json.issues)).toBe(true)
      }),
      { numRuns: 2000 },
    )
    expect(await storedCount()).toBe(before)
  })

  it('never answers 5xx to odd headers', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.oneof(fc.constant(undefined), fc.string()), async (type, length) => {
        const headers: Record<string, string> = { 'content-type': type.replace(/[\r\n]/g, '') }
        if (length !== undefined) headers['x-content-length'] = length.replace(/[\r\n]/g, '')
        const res = await call('/api/results', { method: 'POST', headers, body: JSON.stringify({ answers: answersOf(2) }) })
        expect(res.status).toBeLessThan(500)
      }),
      { numRuns: 500 },
    )
  })

  it('never answers 5xx to odd paths and queries', async () => {
    const segment = fc.oneof(fc.string(), fc.webSegment(), fc.constantFrom('%', '%E0%A4%A', '..', '%00', '\u0000', '😀'))
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          '/api/results/',
          '/r/',
          '/embed/r/',
          '/oembed?url=',
          '/embed/quiz?theme=',
          '/r/AAAAAAAAAAAAAAAAAAAAAA/delete?token=',
        ),
        segment,
        async (prefix, seg) => {
          const res = await call(prefix + encodeURI(seg).replace(/#/g, '%23'))
          expect(res.status, prefix + seg).toBeLessThan(500)
        },
      ),
      { numRuns: 1000 },
    )
  })
})

describe('text a person enters', () => {
  it('trims the display name and rejects one over 40 characters or with control characters', async () => {
    const { id } = await created({ name: '  Ada  ' })
    expect(((await (await call(`/api/results/${id}`)).json()) as any).name).toBe('Ada')
    for (const name of ['x'.repeat(41), 'bell\u0007', '   '] as const) {
      const res = await postJson('/api/results', { answers: answersOf(1), name })
      expect(res.status).toBe(400)
      expect(((await res.json()) as any).issues[0].path).toBe('name')
    }
  })

  it('escapes a hostile name on the page, in previews, in oEmbed and in embeds', async () => {
    const name = '<script>alert(1)</script>'
    const { id } = await created({ name })
    const page = await (await call(`/r/${id}`)).text()
    expect(page).not.toContain('<script>alert(1)')
    expect(page).toContain('&lt;script>alert(1)&lt;/script>’s result')
    expect(page).toContain('content="&lt;script&gt;alert(1)&lt;/script&gt;: ML engineer')
    const oembed = (await (await call(`/oembed?url=${encodeURIComponent(`http://example.com/r/${id}`)}`)).json()) as any
    expect(oembed.title).toContain(name)
    expect(oembed.html).not.toContain('<script>')
    const card = await (await call(`/embed/r/${id}`)).text()
    expect(card).not.toContain('<script>alert(1)')
    expect((await call(`/r/${id}/image.png`)).status).toBe(200)
  })
})

describe('rate limiting of result creation', () => {
  it('lets one address create 30 results a minute, then answers 429 with Retry-After', async () => {
    const ip = '192.0.2.77'
    await freshLimiterWindow()
    for (let i = 0; i < 30; i++) expect((await postJson('/api/results', { answers: answersOf(i % 5) }, ip)).status).toBe(201)
    const res = await postJson('/api/results', { answers: answersOf(2) }, ip)
    expect(res.status).toBe(429)
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(((await res.json()) as any).error).toMatch(/Too many results/)
    expect((await postJson('/api/results', { answers: answersOf(2) }, '192.0.2.78')).status).toBe(201)
    expect((await call('/quiz', { headers: { 'cf-connecting-ip': ip } })).status).toBe(200)
    expect((await call('/api/quiz', { headers: { 'cf-connecting-ip': ip } })).status).toBe(200)
  }, 60_000)
})

describe('client keys of the rate limiter', () => {
  it('count a whole IPv6 /64 as one client and an IPv4 address as one client', () => {
    expect(clientKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe(clientKey('2001:db8:1:2::1'))
    expect(clientKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64')
    expect(clientKey('2001:db8:1:3::1')).not.toBe(clientKey('2001:db8:1:2::1'))
    expect(clientKey('203.0.113.9')).toBe('203.0.113.9')
    expect(clientKey(undefined)).toBe('unknown')
  })
})

describe('forms', () => {
  it('accept only url-encoded bodies of at most 16 KiB', async () => {
    const multipart = new FormData()
    multipart.set('token', 'x')
    expect((await call('/quiz/all', { method: 'POST', body: multipart })).status).toBe(415)
    const big = new URLSearchParams({ name: 'x'.repeat(17 * 1024) })
    expect((await call('/quiz/all', { method: 'POST', body: big })).status).toBe(413)
    expect((await call('/t', { method: 'POST', body: big })).status).toBe(413)
  })
})

describe('deleting a result', () => {
  it('needs the private token, removes the result and its image, and leaves the same 404 as an unknown id', async () => {
    const { id, deleteUrl } = await created()
    expect(deleteUrl).toMatch(new RegExp(`^/r/${id}/delete\\?token=[A-Za-z0-9_-]{22}$`))
    expect((await call(`/r/${id}/image.png`)).status).toBe(200)
    const del = (auth?: string) => call(`/api/results/${id}`, { method: 'DELETE', headers: auth ? { authorization: auth } : {} })
    expect((await del()).status).toBe(403)
    expect((await del('Bearer AAAAAAAAAAAAAAAAAAAAAA')).status).toBe(403)
    expect((await del(`Basic ${tokenOf(deleteUrl)}`)).status).toBe(403)
    expect((await call(`/r/${id}`)).status).toBe(200)
    const ok = await del(`Bearer ${tokenOf(deleteUrl)}`)
    expect(ok.status).toBe(204)
    const unknown = await call('/api/results/AAAAAAAAAAAAAAAAAAAAAA')
    const gone = await call(`/api/results/${id}`)
    expect(gone.status).toBe(404)
    expect(await gone.json()).toEqual(await unknown.json())
    expect((await call(`/r/${id}`)).status).toBe(404)
    expect((await call(`/r/${id}/image.png`)).status).toBe(404)
    expect(await env.RESULTS.get(`v1:image:${id}`)).toBeNull()
    expect((await del(`Bearer ${tokenOf(deleteUrl)}`)).status).toBe(404)
  })

  it('works from the private link page, with a confirmation', async () => {
    const { id, deleteUrl } = await created()
    const confirm = await call(deleteUrl)
    expect(confirm.status).toBe(200)
    expect(confirm.headers.get('referrer-policy')).toBe('no-referrer')
    expect(await confirm.text()).toContain('Delete for good')
    expect((await call(`/r/${id}`)).status).toBe(200)
    const form = new URLSearchParams({ token: tokenOf(deleteUrl) })
    const done = await call(`/r/${id}/delete`, { method: 'POST', body: form })
    expect(done.status).toBe(200)
    expect(await done.text()).toContain('Deleted')
    expect((await call(`/r/${id}`)).status).toBe(404)
  })

  it('refuses the link page with a wrong token', async () => {
    const { id } = await created()
    expect((await call(`/r/${id}/delete?token=AAAAAAAAAAAAAAAAAAAAAA`)).status).toBe(403)
    expect((await call(`/r/${id}/delete`, { method: 'POST', body: new URLSearchParams({ token: 'nope' }) })).status).toBe(403)
    expect((await call(`/r/${id}`)).status).toBe(200)
  })

  it('stores only a hash of the token', async () => {
    const { id, deleteUrl } = await created()
    const raw = (await env.RESULTS.get(`v1:result:${id}`))!
    expect(raw).not.toContain(tokenOf(deleteUrl))
    expect(JSON.parse(raw).deleteHash).toMatch(/^[0-9a-f]{64}$/)
  })
})

describe('privacy', () => {
  it('keeps result pages out of search engines unless the person makes theirs public', async () => {
    const hidden = await created()
    expect(await (await call(`/r/${hidden.id}`)).text()).toContain('<meta name="robots" content="noindex">')
    const shown = await created({ public: true })
    expect(await (await call(`/r/${shown.id}`)).text()).not.toContain('noindex')
  })

  it('stores no IP address', async () => {
    const { id } = await created()
    expect(await env.RESULTS.get(`v1:result:${id}`)).not.toMatch(/198\.51\.|cf-connecting/)
  })
})

describe('security headers', () => {
  it('are on every kind of response', async () => {
    const { id } = await created()
    for (const [path, init] of [
      ['/', undefined],
      ['/quiz', undefined],
      [`/r/${id}`, undefined],
      ['/api/quiz', undefined],
      ['/nowhere', undefined],
      ['/api/results', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }],
      [`/embed/r/${id}`, undefined],
    ] as const) {
      const res = await call(path, init)
      const csp = res.headers.get('content-security-policy') ?? ''
      expect(csp, path).toMatch(/script-src 'self'(;|$)/)
      expect(csp, path).not.toMatch(/script-src[^;]*unsafe-inline/)
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(res.headers.get('referrer-policy'), path).toBeTruthy()
      expect(res.headers.get('permissions-policy'), path).toContain('camera=()')
    }
  })
})

describe('when KV fails', () => {
  it('answers 503 with Retry-After and hands out no URL when a write fails', async () => {
    const before = await storedCount()
    const res = await withFailingKv(
      'put',
      new Request('http://example.com/api/results', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'cf-connecting-ip': '192.0.2.200' },
        body: JSON.stringify({ answers: answersOf(2) }),
      }),
    )
    expect(res.status).toBe(503)
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
    const body = (await res.json()) as any
    expect(body.url).toBeUndefined()
    expect(body.error).toMatch(/try again/)
    expect(await storedCount()).toBe(before)
  })

  it('answers a 500 with a request id and no stack trace when a read fails unexpectedly', async () => {
    const page = await withFailingKv('get', new Request('http://example.com/r/AAAAAAAAAAAAAAAAAAAAAA'))
    expect(page.status).toBe(500)
    const html = await page.text()
    expect(html).toMatch(/Request id: [0-9a-f-]{36}/)
    expect(html).not.toMatch(/KV get failed|at async|\.ts:\d+/)
    const api = await withFailingKv('get', new Request('http://example.com/api/results/AAAAAAAAAAAAAAAAAAAAAA'))
    expect(api.status).toBe(500)
    const json = (await api.json()) as any
    expect(json.requestId).toMatch(/^[0-9a-f-]{36}$/)
    expect(JSON.stringify(json)).not.toMatch(/KV get failed|stack/)
  })
})
