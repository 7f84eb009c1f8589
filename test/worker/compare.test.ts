import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { content } from '../../model'
import { areaGaps, pairMap, skillGaps } from '../../web/compare/pair'
import type { CompareSide } from '../../contract/compare-words'
import { COMPARE_SPECTRUM, drawCompareCard } from '../../worker/image/compare-card'
import { measure } from '../../worker/image/text'
import { resultIdIn } from '../../worker/routes/compare'
import v0 from '../fixtures/result-v0.json'
import v1 from '../fixtures/result-v1.json'
import { allAnswers, PEOPLE } from '../helpers/people'
import { run } from '../helpers/norms'
import { decodePng } from '../helpers/png'
import { call, freshLimiterWindow, postJson } from '../helpers/worker'
import { first, select } from '../helpers/html'

interface Created {
  id: string
  deleteUrl: string
  result: CompareSide['result']
}

const create = async (answers: Record<string, number>, extra: Record<string, unknown> = {}): Promise<Created> => {
  const res = await postJson('/api/results', { answers, ...extra })
  expect(res.status).toBe(201)
  return (await res.json()) as Created
}

/** The form's earlier GET, kept for links made with it. */
const form = (a: string, other: string) =>
  call(`/compare?a=${encodeURIComponent(a)}&other=${encodeURIComponent(other)}`, { redirect: 'manual' })

/** The form as result pages send it now: a POST from this site. */
const post = (a: string, other: string, headers: Record<string, string> = {}) =>
  call('/compare', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin', ...headers },
    body: new URLSearchParams({ a, other }).toString(),
    redirect: 'manual',
  })

const robots = (html: string) => /<meta name="robots" content="noindex">/.test(html)
const meta = (html: string, key: string) => html.match(new RegExp(`<meta property="${key}" content="([^"]*)">`))?.[1]

const deleteResult = (r: Created) =>
  call(`/api/results/${r.id}`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${new URL(r.deleteUrl, 'http://x').searchParams.get('token')}` },
  })

const UNKNOWN = 'AAAAAAAAAAAAAAAAAAAAAA'

/** Every key in KV, whatever its prefix. */
async function allKeys(): Promise<string[]> {
  const names: string[] = []
  let cursor: string | undefined
  do {
    const page: KVNamespaceListResult<unknown, string> = await env.RESULTS.list(cursor ? { cursor } : {})
    names.push(...page.keys.map((k) => k.name))
    cursor = page.list_complete ? undefined : page.cursor
  } while (cursor)
  return names.sort()
}

describe('the compare page', () => {
  it('shows both results, named, on one spectrum and one area chart, with the roles each fits', async () => {
    const ada = await create(PEOPLE.swe, { name: 'Ada' })
    const ben = await create(PEOPLE.ds, { name: 'Ben' })
    const res = await call(`/compare/${ada.id}/${ben.id}`)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect((await first(html, 'h1')).text).toBe('Ada and Ben')
    // One chart, two series: a bar of each per area (B's hatched), and two marks on the one spectrum.
    expect(await select(html, '.pair-areas')).toHaveLength(1)
    const bars = async (side: string) => (await select(html, `rect.pair-fill-${side}`)).filter((r) => r.attrs.x === '0')
    expect(await bars('A')).toHaveLength(5)
    expect((await bars('B')).map((r) => r.attrs.fill)).toEqual(Array(5).fill('url(#pair-hatch)'))
    expect(await select(html, '.pair-mark')).toHaveLength(2)
    // Top three roles of each, with fit and seniority words.
    const seniorities = (await select(html, '.role-seniority')).map((r) => r.text)
    expect(seniorities.length).toBeGreaterThanOrEqual(2)
    for (const words of seniorities) expect(words).toMatch(/^· /)
    expect(html).toContain(`${ben.result.roles[0]!.name}</strong>`)
    expect(html).toMatch(/Ada has done much more in [^<]+ \(\d(\.\d)? vs \d(\.\d)?, of 4\)/)
    expect(html).toMatch(/Ben has done (much )?more in [^<]+/)
    expect(html).toMatch(/Ada scores (much )?higher in software engineering: \d+ vs \d+\./)
    expect(html).toContain('Data engineering ↔ data science')
    expect(html).toContain('Data science ↔ ML engineering')
  })

  it('shows no number beside the roles of an unclear placement, as its result page does', async () => {
    const ada = await create(PEOPLE.swe, { name: 'Ada' })
    // Someone who has tried a little of everything: no role's core skills yet.
    const bea = await create(Object.fromEntries(content.questions.map((q) => [q.id, q.area === 'infra' ? 0 : 1])), {
      name: 'Bea',
    })
    expect(bea.result.certainty?.kind).toBe('unclear')
    expect(ada.result.certainty?.kind).not.toBe('unclear')
    const sides = await select(await (await call(`/compare/${ada.id}/${bea.id}`)).text(), '.pair-roles', ' ')
    expect(sides).toHaveLength(2)
    expect(sides[0]!.text).toMatch(/\d+% match/)
    expect(sides[1]!.text).toContain(bea.result.roles[0]!.name)
    expect(sides[1]!.text).not.toMatch(/\d+%|fit \d/)
  })

  it('calls unnamed results Result A and Result B, and tells two equal names apart', async () => {
    const a = await create(PEOPLE.swe)
    const b = await create(PEOPLE.de)
    expect((await first(await (await call(`/compare/${a.id}/${b.id}`)).text(), 'h1')).text).toBe('Result A and Result B')
    const c = await create(PEOPLE.swe, { name: 'Sam' })
    const d = await create(PEOPLE.de, { name: 'Sam' })
    expect((await first(await (await call(`/compare/${c.id}/${d.id}`)).text(), 'h1')).text).toBe('Sam (A) and Sam (B)')
  })

  it('has its own title, description, Open Graph and Twitter tags, canonical link and oEmbed discovery', async () => {
    const a = await create(PEOPLE.mle, { name: 'Ada' })
    const b = await create(PEOPLE.ds, { name: 'Ben' })
    const html = await (await call(`/compare/${a.id}/${b.id}`)).text()
    const url = `http://example.com/compare/${a.id}/${b.id}`
    expect(html).toContain('<title>Ada and Ben, compared on the ML role spectrum · Role Spectrum</title>')
    expect(meta(html, 'og:url')).toBe(url)
    expect(meta(html, 'og:image')).toBe(`${url}/image.png`)
    expect(meta(html, 'og:description')).toMatch(/^Ada: ML engineer · mid-level \(\d+% match\)\. Ben: /)
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">')
    expect(html).toContain(`<link rel="canonical" href="${url}">`)
    expect(html).toContain(`href="http://example.com/oembed?url=${encodeURIComponent(url)}&amp;format=json"`)
  })

  it('is noindex unless both results are public', async () => {
    const open1 = await create(PEOPLE.mle, { public: true })
    const open2 = await create(PEOPLE.ds, { public: true })
    const closed = await create(PEOPLE.swe)
    expect(robots(await (await call(`/compare/${open1.id}/${open2.id}`)).text())).toBe(false)
    expect(robots(await (await call(`/compare/${open1.id}/${closed.id}`)).text())).toBe(true)
    expect(robots(await (await call(`/compare/${closed.id}/${open2.id}`)).text())).toBe(true)
  })

  it('answers 304 to a client that has this version, with the result page’s referrer policy', async () => {
    const a = await create(PEOPLE.mle)
    const b = await create(PEOPLE.ds)
    const first = await call(`/compare/${a.id}/${b.id}`)
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^".+"$/)
    expect(first.headers.get('referrer-policy')).toBe((await call(`/r/${a.id}`)).headers.get('referrer-policy'))
    const again = await call(`/compare/${a.id}/${b.id}`, { headers: { 'if-none-match': etag! } })
    expect(again.status).toBe(304)
    const swapped = await call(`/compare/${b.id}/${a.id}`, { headers: { 'if-none-match': etag! } })
    expect(swapped.status).toBe(200)
  })

  it('starts the sentence with a capital when neither person covers any role every team needs', async () => {
    const a = await create(allAnswers(0), { name: 'Ann' })
    const b = await create(allAnswers(1), { name: 'Bo' })
    const html = await (await call(`/compare/${a.id}/${b.id}`)).text()
    expect(html).toMatch(/\. Neither covers [^.<]*software engineer[^.<]*\./)
    expect(html).not.toMatch(/[.;] neither covers/)
  })

  it('compares a result with itself, and says so', async () => {
    const a = await create(PEOPLE.as, { name: 'Ada' })
    const res = await call(`/compare/${a.id}/${a.id}`)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('This compares a result with itself')
    expect(html).toContain('It is the same result twice: nothing differs.')
    expect((await first(html, 'h1')).text).toBe('Ada (A) and Ada (B)')
  })

  it('is 404 for an unknown or malformed id, and once either result is deleted', async () => {
    const a = await create(PEOPLE.mle)
    const b = await create(PEOPLE.ds)
    expect((await call(`/compare/${a.id}/${UNKNOWN}`)).status).toBe(404)
    expect((await call(`/compare/${UNKNOWN}/${a.id}`)).status).toBe(404)
    expect((await call(`/compare/${a.id}/not-an-id`)).status).toBe(404)
    expect((await call(`/compare/${a.id}/${b.id}`)).status).toBe(200)
    expect((await call(`/compare/${a.id}/${b.id}/image.png`)).status).toBe(200)
    expect((await deleteResult(b)).status).toBe(204)
    expect((await call(`/compare/${a.id}/${b.id}`)).status).toBe(404)
    expect((await call(`/compare/${b.id}/${a.id}`)).status).toBe(404)
    // The card was rendered and cached before: it is not served for a deleted result.
    expect((await call(`/compare/${a.id}/${b.id}/image.png`)).status).toBe(404)
    expect((await call(`/embed/compare/${a.id}/${b.id}`)).status).toBe(404)
  })
})

describe('results of older quiz versions', () => {
  it('compare with a current result, and the page says the versions differ and what is left out', async () => {
    await env.RESULTS.put(`v1:result:${v0.id}`, JSON.stringify(v0))
    await env.RESULTS.put(`v1:result:${v1.id}`, JSON.stringify(v1))
    const now = await create(PEOPLE.mle, { name: 'Ada' })
    const res = await call(`/compare/${v1.id}/${now.id}`)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain(`result comes from version 1 of the quiz and Ada’s from version ${content.version}`)
    expect(html).toMatch(/The \d+ skills only one version asked about are left out of the differences\./)
    expect(html).toContain('Quiz version 1: fit only, no seniority.')
    expect(html).toContain(v1.result.roles[0]!.name)
    const png = await call(`/compare/${v1.id}/${now.id}/image.png`)
    expect(png.status).toBe(200)
  })

  it('compare with each other', async () => {
    await env.RESULTS.put(`v1:result:${v0.id}`, JSON.stringify(v0))
    await env.RESULTS.put(`v1:result:${v1.id}`, JSON.stringify(v1))
    const html = await (await call(`/compare/${v0.id}/${v1.id}`)).text()
    expect(html).toContain('from version 0 of the quiz')
    expect(html).toContain('Versions before 2 did not judge seniority.')
    expect(html).not.toContain('role-seniority')
  })
})

describe('the “Compare with…” form', () => {
  it('is on every result page, a POST form that needs no JavaScript', async () => {
    const a = await create(PEOPLE.mle)
    const html = await (await call(`/r/${a.id}`)).text()
    expect(html).toContain('<form method="post" action="/compare">')
    expect(html).toContain(`<input type="hidden" name="a" value="${a.id}"/>`)
    expect(html).toContain('<h2 id="compare-title">Compare with…</h2>')
    expect(html).toContain('<label for="compare-other">Link to another person’s result</label>')
  })

  it.each([
    ['a full link', (id: string) => `https://role-spectrum.example/r/${id}`],
    ['a link of this site with a trailing slash', (id: string) => `http://example.com/r/${id}/`],
    ['a link with a query string and a fragment', (id: string) => `https://x.example/r/${id}?utm_source=chat#roles`],
    ['the card image’s link', (id: string) => `https://x.example/r/${id}/image.png`],
    ['a link without its scheme', (id: string) => `role-spectrum.example/r/${id}`],
    ['a path', (id: string) => `/r/${id}`],
    ['the bare id, with spaces around it', (id: string) => `  ${id} `],
    ['an embed link', (id: string) => `https://x.example/embed/r/${id}`],
  ])('takes %s and redirects (303) to the comparison', async (_what, link) => {
    const a = await create(PEOPLE.mle)
    const b = await create(PEOPLE.ds)
    const res = await form(a.id, link(b.id))
    expect(res.status).toBe(303)
    expect(new URL(res.headers.get('location')!, 'http://example.com').pathname).toBe(`/compare/${a.id}/${b.id}`)
  })

  it('reads only the id of a pasted private link, and keeps the request out of caches and referrers', async () => {
    const a = await create(PEOPLE.mle)
    const b = await create(PEOPLE.ds)
    const res = await form(a.id, `http://example.com${b.deleteUrl}`)
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(`/compare/${a.id}/${b.id}`)
    expect(res.headers.get('referrer-policy')).toBe('no-referrer')
    expect(res.headers.get('cache-control')).toBe('no-store')
  })

  it.each([
    ['a link to another page', 'https://example.com/quiz', 'That is not a Role Spectrum result link'],
    ['an id of the wrong length', 'https://example.com/r/abc', 'That is not a Role Spectrum result link'],
    ['words', 'my friend Ben', 'That is not a Role Spectrum result link'],
    ['nothing', '   ', 'Paste a result link'],
  ])('answers %s with 400 and a page naming the problem', async (_what, other, title) => {
    const a = await create(PEOPLE.mle)
    const res = await form(a.id, other)
    expect(res.status).toBe(400)
    const html = await res.text()
    expect(html).toContain(`<h1>${title}</h1>`)
    expect(html).toContain(`href="/r/${a.id}"`)
    expect(html).toContain('<meta name="robots" content="noindex">')
    // The pasted text is never shown back (it could be a private link).
    if (other.trim()) expect(html).not.toContain(other)
  })

  it('takes the pasted link in a POST body: a delete link leads to the comparison, its token in no part of the answer', async () => {
    const a = await create(PEOPLE.mle)
    const b = await create(PEOPLE.ds)
    const token = new URL(b.deleteUrl, 'http://x').searchParams.get('token')!
    const res = await post(a.id, `http://example.com${b.deleteUrl}`)
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(`/compare/${a.id}/${b.id}`)
    expect(res.headers.get('referrer-policy')).toBe('no-referrer')
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(JSON.stringify([...res.headers])).not.toContain(token)
    expect(await res.text()).not.toContain(token)
    // The page it leads to holds no token either.
    expect(await (await call(`/compare/${a.id}/${b.id}`)).text()).not.toContain(token)
  })

  it('answers a POST with the same pages as the GET: 400 naming the problem, 404 for an unknown result', async () => {
    const a = await create(PEOPLE.mle)
    const bad = await post(a.id, 'my friend Ben')
    expect(bad.status).toBe(400)
    const html = await bad.text()
    expect(html).toContain('<h1>That is not a Role Spectrum result link</h1>')
    expect(html).not.toContain('my friend Ben')
    expect((await post(a.id, '  ')).status).toBe(400)
    expect((await post('', `/r/${a.id}`)).status).toBe(400)
    const missing = await post(a.id, `https://example.com/r/${UNKNOWN}`)
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('There is no result at that link')
  })

  it('refuses a POST sent from another site, or not as a form', async () => {
    const a = await create(PEOPLE.mle)
    const b = await create(PEOPLE.ds)
    expect((await post(a.id, `/r/${b.id}`, { 'sec-fetch-site': 'cross-site' })).status).toBe(403)
    const other = await call('/compare', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      body: new URLSearchParams({ a: a.id, other: `/r/${b.id}` }).toString(),
      redirect: 'manual',
    })
    expect(other.status).toBe(403)
    expect((await post(a.id, `/r/${b.id}`, { 'content-type': 'text/plain' })).status).toBe(415)
  })

  it('answers 400 when it does not say which result to start from', async () => {
    const res = await call('/compare?other=x')
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('Which result should be compared?')
  })

  it('answers 404 when the other result does not exist', async () => {
    const a = await create(PEOPLE.mle)
    const res = await form(a.id, `https://example.com/r/${UNKNOWN}`)
    expect(res.status).toBe(404)
    expect(await res.text()).toContain('There is no result at that link')
  })

  it('answers 404 when the first result does not exist', async () => {
    expect((await form(UNKNOWN, `/r/${UNKNOWN}`)).status).toBe(404)
  })
})

describe('the comparison card image', () => {
  it('is a 1200×630 PNG with both series, rendered once and then served from the Cache API', async () => {
    const a = await create(PEOPLE.mle, { name: 'Ada' })
    const b = await create(PEOPLE.ds, { name: 'Ben' })
    const keysBefore = await allKeys()
    // Waits for the work after the response too, so anything it would store is there to see.
    const first = await run(`/compare/${a.id}/${b.id}/image.png`)
    expect(first.status).toBe(200)
    expect(first.headers.get('content-type')).toBe('image/png')
    expect(first.headers.get('cache-control')).toBe('public, max-age=3600')
    // Nothing tells a caller whether the card was drawn now or kept; two private results: noindex.
    expect(first.headers.get('x-image-source')).toBeNull()
    expect(first.headers.get('x-robots-tag')).toBe('noindex')
    const bytes = new Uint8Array(await first.arrayBuffer())
    const image = await decodePng(bytes)
    expect([image.width, image.height]).toEqual([1200, 630])
    // The accent (A) and the teal (B) are both drawn.
    const count = ([r, g, b]: number[]) => {
      let n = 0
      for (let i = 0; i < image.pixels.length; i += 3)
        if (image.pixels[i] === r && image.pixels[i + 1] === g && image.pixels[i + 2] === b) n++
      return n
    }
    expect(count([139, 140, 248])).toBeGreaterThan(500)
    expect(count([94, 234, 212])).toBeGreaterThan(500)
    const again = await call(`/compare/${a.id}/${b.id}/image.png`)
    expect(again.headers.get('x-image-source')).toBeNull()
    expect(new Uint8Array(await again.arrayBuffer())).toEqual(bytes)
    // Not kept in KV: nothing there to outlive a deleted result. Rendering and serving stored no key at all.
    expect(await allKeys()).toEqual(keysBefore)
  })

  it('never covers the names of the ends with a marker, whoever sits at an end', async () => {
    const a = (await create(PEOPLE.ds)).result
    const b = (await create(PEOPLE.mle)).result
    const { endLabelY, endLabelSize } = COMPARE_SPECTRUM
    const draw = (position: number) =>
      drawCompareCard(
        { result: { ...a, spectrum: { ...a.spectrum, position } }, name: 'Ada' },
        { result: b, name: 'Ben' },
        a.spectrum.anchors,
      ).pixels
    // A in the middle leaves both words bare; at either end, the word's box must look the same.
    const bare = draw(0.5)
    for (const [position, word] of [
      [0, 'ENGINEERING'],
      [1, 'SCIENCE'],
    ] as const) {
      const atEnd = draw(position)
      const w = measure(word, endLabelSize, 'bold')
      const x0 = position === 0 ? 80 : 1200 - 80 - w
      let changed = 0
      for (let y = endLabelY - endLabelSize - 2; y <= endLabelY + 4; y++)
        for (let x = Math.floor(x0) - 2; x <= Math.ceil(x0 + w) + 2; x++)
          for (let k = 0; k < 3; k++) if (atEnd[(y * 1200 + x) * 3 + k] !== bare[(y * 1200 + x) * 3 + k]) changed++
      expect(changed, word).toBe(0)
    }
  })

  it('is drawn for results of older quiz versions too', async () => {
    await env.RESULTS.put(`v1:result:${v0.id}`, JSON.stringify(v0))
    const now = await create(PEOPLE.ds)
    const res = await call(`/compare/${v0.id}/${now.id}/image.png`)
    expect(res.status).toBe(200)
    expect((await decodePng(new Uint8Array(await res.arrayBuffer()))).width).toBe(1200)
  })
})

describe('limiting card renders', () => {
  /** A limiter that counts what it is asked, and says yes while `allow` is. */
  const countingLimiter = () => {
    const limiter = {
      calls: 0,
      allow: true,
      limit: async () => {
        limiter.calls++
        return { success: limiter.allow }
      },
    }
    return limiter
  }

  it('counts only renders against the client: a card served from the cache is not counted', async () => {
    const a = await create(PEOPLE.mle)
    const b = await create(PEOPLE.ds)
    const limiter = countingLimiter()
    const bindings = { ...env, RENDER_LIMITER: limiter as unknown as RateLimit }
    const path = `/compare/${a.id}/${b.id}/image.png`
    expect((await run(path, undefined, bindings)).status).toBe(200)
    expect(limiter.calls).toBe(1)
    for (let i = 0; i < 3; i++) expect((await run(path, undefined, bindings)).status).toBe(200)
    expect(limiter.calls).toBe(1)
    // Over the limit, a kept card is still served; a new pair is refused without drawing it.
    limiter.allow = false
    expect((await run(path, undefined, bindings)).status).toBe(200)
    const c = await create(PEOPLE.mle)
    const refused = await run(`/compare/${a.id}/${c.id}/image.png`, undefined, bindings)
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toBe('60')
    expect(refused.headers.get('cache-control')).toBe('no-store')
    expect(await refused.text()).toMatch(/try again in a minute/)
    limiter.allow = true
    expect((await run(`/compare/${a.id}/${c.id}/image.png`, undefined, bindings)).status).toBe(200)
    expect(limiter.calls).toBe(3)
  })

  it('answers 429 with Retry-After once a client has had 20 cards drawn in a minute; another client is not held back', async () => {
    const ip = '192.0.2.77'
    const a = await create(PEOPLE.mle)
    const others = await Promise.all(Array.from({ length: 21 }, (_, i) => create(i % 2 ? PEOPLE.ds : PEOPLE.mle)))
    const image = (b: Created, from = ip) => call(`/compare/${a.id}/${b.id}/image.png`, { headers: { 'cf-connecting-ip': from } })
    await freshLimiterWindow()
    for (const b of others.slice(0, 20)) expect((await image(b)).status).toBe(200)
    const over = await image(others[20]!)
    expect(over.status).toBe(429)
    expect(over.headers.get('retry-after')).toBe('60')
    // A card already drawn is still served to that client, and another client may have the new one drawn.
    // (A render would be refused now, so a 200 is the kept card.)
    expect((await image(others[0]!)).status).toBe(200)
    expect((await image(others[20]!, '192.0.2.78')).status).toBe(200)
  }, 60_000)
})

describe('embedding a comparison', () => {
  it('has a card page that other sites may frame', async () => {
    const a = await create(PEOPLE.mle, { name: 'Ada' })
    const b = await create(PEOPLE.ds, { name: 'Ben' })
    const res = await call(`/embed/compare/${a.id}/${b.id}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-security-policy')).toContain('frame-ancestors *')
    const html = await res.text()
    expect(html).toContain('See the full comparison')
    expect(html).toContain(`href="http://example.com/compare/${a.id}/${b.id}"`)
    expect(await select(html, '.pair-mark')).toHaveLength(2)
  })

  it('answers oEmbed for a comparison URL with its frame and card, and 404 for an unknown result', async () => {
    const a = await create(PEOPLE.mle, { name: 'Ada' })
    const b = await create(PEOPLE.ds)
    const url = `http://example.com/compare/${a.id}/${b.id}`
    const res = await call(`/oembed?url=${encodeURIComponent(url)}&format=json`)
    expect(res.status).toBe(200)
    const body = (await res.json()) as Record<string, unknown>
    expect(body.type).toBe('rich')
    expect(body.title).toBe('Role Spectrum: Ada and Result B compared')
    expect(body.html).toContain(`src="http://example.com/embed/compare/${a.id}/${b.id}"`)
    expect(body.thumbnail_url).toBe(`${url}/image.png`)
    const missing = `http://example.com/compare/${a.id}/${UNKNOWN}`
    expect((await call(`/oembed?url=${encodeURIComponent(missing)}&format=json`)).status).toBe(404)
  })
})

describe('reading a pair', () => {
  const side = (letter: 'A' | 'B', result: CompareSide['result'], quizVersion = content.version): CompareSide => ({
    letter,
    id: letter.repeat(22),
    label: letter,
    result,
    quizVersion,
  })

  it('uses the team map’s rules: someone who has done everything covers both bridges, someone who has done nothing covers neither', async () => {
    const none = await create(allAnswers(0))
    const all = await create(allAnswers(4))
    const map = pairMap(content, side('A', none.result), side('B', all.result))
    expect(map.bridges.map((b) => b.by)).toEqual([['B'], ['B']])
    expect(map.everyTeam.map((r) => r.id).sort()).toEqual(['data-scientist', 'ml-engineer', 'software-engineer'])
    expect(map.everyTeam.filter((r) => r.by.includes('A'))).toEqual([])
  })

  it('lists the biggest skill gaps first, only skills both versions asked, and area gaps of 15 points or more', async () => {
    const now = await create(PEOPLE.swe)
    const old = v1.result as CompareSide['result']
    const gaps = skillGaps(old, now.result)
    const oldIds = new Set(old.subSkills.map((s) => s.id))
    const nowIds = new Set(now.result.subSkills.map((s) => s.id))
    expect(gaps.length).toBeGreaterThan(0)
    for (const g of gaps) expect(oldIds.has(g.id) && nowIds.has(g.id)).toBe(true)
    const sizes = gaps.map((g) => Math.abs(g.a - g.b))
    expect(sizes).toEqual([...sizes].sort((x, y) => y - x))
    expect(sizes.every((s) => s >= 1)).toBe(true)
    for (const g of areaGaps(old, now.result)) expect(Math.abs(g.a - g.b)).toBeGreaterThanOrEqual(15)
  })
})

describe('resultIdIn', () => {
  it('finds no id in links of other pages or in ids of the wrong shape', () => {
    expect(resultIdIn('https://example.com/t/AAAAAAAAAAAAAAAAAAAAAA')).toBeUndefined()
    expect(resultIdIn('https://example.com/r/AAAAAAAAAAAAAAAAAAAAAA/other')).toBeUndefined()
    expect(resultIdIn('AAAAAAAAAAAAAAAAAAAAA')).toBeUndefined()
    expect(resultIdIn('http://[bad')).toBeUndefined()
  })
})
