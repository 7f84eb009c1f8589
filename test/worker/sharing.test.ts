import { env } from 'cloudflare:test'
import { describe, expect, it, vi } from 'vitest'
import { decodePng } from '../helpers/png'
import { PEOPLE } from '../helpers/people'
import { call, postJson } from '../helpers/worker'

const create = async (extra: Record<string, unknown> = {}) =>
  (await (await postJson('/api/results', { answers: PEOPLE.mle, ...extra })).json()) as any

const metaContent = (html: string, attr: string, key: string) =>
  html.match(new RegExp(`<meta ${attr}="${key.replace(/[:]/g, '\\:')}" content="([^"]*)">`))?.[1]

describe('link previews of a result page', () => {
  it('carry Open Graph and Twitter Card tags, a canonical link and oEmbed discovery', async () => {
    const { id } = await create()
    const html = await (await call(`/r/${id}`)).text()
    const url = `http://example.com/r/${id}`
    expect(metaContent(html, 'property', 'og:title')).toBe('ML engineer · mid-level (clear placement)')
    expect(metaContent(html, 'property', 'og:description')).toMatch(/^Clear placement\. ML engineer, mid-level: \d+% match\./)
    expect(metaContent(html, 'property', 'og:url')).toBe(url)
    expect(metaContent(html, 'property', 'og:image')).toBe(`${url}/image.png`)
    expect(metaContent(html, 'property', 'og:image:width')).toBe('1200')
    expect(metaContent(html, 'property', 'og:image:height')).toBe('630')
    expect(metaContent(html, 'name', 'twitter:card')).toBe('summary_large_image')
    expect(html).toContain(`<link rel="canonical" href="${url}">`)
    expect(html).toContain(
      `<link rel="alternate" type="application/json+oembed" href="http://example.com/oembed?url=${encodeURIComponent(url)}&amp;format=json"`,
    )
  })

  it('offer share links for LinkedIn, X and email and the image to download', async () => {
    const { id } = await create()
    const html = await (await call(`/r/${id}`)).text()
    expect(html).toContain('https://www.linkedin.com/sharing/share-offsite/?url=')
    expect(html).toContain('https://x.com/intent/tweet?')
    expect(html).toContain('href="mailto:?subject=')
    expect(html).toContain(`href="http://example.com/r/${id}/image.png" download=`)
  })
})

describe('GET /r/{id}/image.png', () => {
  it('is a 1200×630 PNG made for the result, rendered once and then served from cache', async () => {
    const { id } = await create()
    const first = await call(`/r/${id}/image.png`)
    expect(first.status).toBe(200)
    expect(first.headers.get('content-type')).toBe('image/png')
    expect(first.headers.get('x-image-source')).toBeNull()
    expect(first.headers.get('x-robots-tag')).toBe('noindex')
    const bytes = new Uint8Array(await first.arrayBuffer())
    expect([...bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    const view = new DataView(bytes.buffer)
    expect(String.fromCharCode(...bytes.slice(12, 16))).toBe('IHDR')
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630])
    // Kept in KV after the first view (the response's work has finished by now).
    await vi.waitFor(async () => expect(await env.RESULTS.get(`v1:image:${id}`)).not.toBeNull())
    const again = await call(`/r/${id}/image.png`)
    expect(again.headers.get('x-robots-tag')).toBe('noindex')
    expect(new Uint8Array(await again.arrayBuffer())).toEqual(bytes)
  })

  it('draws a card again when the one kept was drawn by another build', async () => {
    const { id } = await create()
    await env.RESULTS.put(`v1:image:${id}`, new Uint8Array([1, 2, 3]), { metadata: { public: false, build: 'an-older-build' } })
    const res = await call(`/r/${id}/image.png`)
    expect(res.status).toBe(200)
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47])
  })

  it('lets search engines index the card of a public result only, whether drawn or kept', async () => {
    const res = await postJson('/api/results', { answers: PEOPLE.ds, public: true })
    const { id } = (await res.json()) as { id: string }
    expect((await call(`/r/${id}/image.png`)).headers.get('x-robots-tag')).toBeNull()
    await vi.waitFor(async () => expect(await env.RESULTS.get(`v1:image:${id}`)).not.toBeNull())
    expect((await call(`/r/${id}/image.png`)).headers.get('x-robots-tag')).toBeNull()
    expect((await call(`/r/${id}/image.png?w=300`)).headers.get('x-robots-tag')).toBeNull()
  })

  it('differs between results', async () => {
    const a = await create()
    const b = await postJson('/api/results', { answers: PEOPLE.ds })
    const idB = ((await b.json()) as any).id
    const pa = new Uint8Array(await (await call(`/r/${a.id}/image.png`)).arrayBuffer())
    const pb = new Uint8Array(await (await call(`/r/${idB}/image.png`)).arrayBuffer())
    expect(pa).not.toEqual(pb)
  })

  it('answers 404 for an unknown result', async () => {
    expect((await call('/r/AAAAAAAAAAAAAAAAAAAAAA/image.png')).status).toBe(404)
  })
})

describe('GET /oembed', () => {
  it('returns a rich embed with an iframe of the result card', async () => {
    const { id } = await create()
    const res = await call(`/oembed?url=${encodeURIComponent(`http://example.com/r/${id}`)}&format=json`)
    expect(res.status).toBe(200)
    const body = (await res.json()) as any
    expect(body).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Role Spectrum', width: 600, height: 820 })
    expect(body.html).toContain(`<iframe src="http://example.com/embed/r/${id}"`)
    // The loader comes with the frame and adopts it, so it resizes with its content.
    expect(body.html).toContain('data-role-spectrum-frame></iframe><script async src="http://example.com/embed.js"></script>')
    expect(body.thumbnail_url).toBe(`http://example.com/r/${id}/image.png`)
  })

  it('embeds the quiz for the quiz URL and honours maxwidth', async () => {
    const body = (await (await call(`/oembed?url=${encodeURIComponent('http://example.com/quiz')}&maxwidth=400`)).json()) as any
    expect(body.html).toContain('src="http://example.com/embed/quiz"')
    expect(body.width).toBe(400)
  })

  it('may be read from any origin and kept an hour; errors may be read too', async () => {
    const { id } = await create()
    const res = await call(`/oembed?url=${encodeURIComponent(`http://example.com/r/${id}`)}&format=json`)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600')
    expect(((await res.json()) as { cache_age: number }).cache_age).toBe(3600)
    const missing = await call(`/oembed?url=${encodeURIComponent('http://example.com/r/AAAAAAAAAAAAAAAAAAAAAA')}`)
    expect(missing.status).toBe(404)
    expect(missing.headers.get('access-control-allow-origin')).toBe('*')
  })

  it('gives a consumer that asks for less than 1200 × 630 a smaller render of the card, within both limits', async () => {
    const { id } = await create()
    const url = encodeURIComponent(`http://example.com/r/${id}`)
    const oembed = async (q: string) => (await (await call(`/oembed?url=${url}${q}`)).json()) as Record<string, unknown>
    const small = await oembed('&maxwidth=300&maxheight=200')
    expect(small).toMatchObject({ width: 300, height: 200, thumbnail_width: 300, thumbnail_height: 158 })
    expect(small.thumbnail_url).toBe(`http://example.com/r/${id}/image.png?w=300`)
    expect(await oembed('&maxwidth=800')).toMatchObject({ thumbnail_width: 600, thumbnail_height: 315 })
    expect((await oembed('&maxheight=100')).thumbnail_url).toBeUndefined()
    // The thumbnail is what it says: a PNG of exactly that size, the same picture as the card.
    for (const [w, h] of [
      [600, 315],
      [300, 158],
    ]) {
      const res = await call(`/r/${id}/image.png?w=${w}`)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('image/png')
      const png = await decodePng(new Uint8Array(await res.arrayBuffer()))
      expect([png.width, png.height]).toEqual([w, h])
    }
    const bad = await call(`/r/${id}/image.png?w=1000`)
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as { issues: { path: string }[] }).issues[0]!.path).toBe('w')
  })

  it('answers 501 for format=xml', async () => {
    expect((await call(`/oembed?url=${encodeURIComponent('http://example.com/quiz')}&format=xml`)).status).toBe(501)
  })

  it('answers 404 for a foreign URL, an unknown result and a page that cannot be embedded', async () => {
    for (const url of [
      'https://evil.example/r/AAAAAAAAAAAAAAAAAAAAAA',
      'http://example.com/r/AAAAAAAAAAAAAAAAAAAAAA',
      'http://example.com/elsewhere',
      'not a url',
    ])
      expect((await call(`/oembed?url=${encodeURIComponent(url)}`)).status, url).toBe(404)
  })

  it('answers 400 without a url', async () => {
    const res = await call('/oembed')
    expect(res.status).toBe(400)
    expect(((await res.json()) as any).issues[0].path).toBe('url')
  })
})

describe('framing rules', () => {
  it('let any site frame pages under /embed/', async () => {
    const { id } = await create()
    for (const path of ['/embed/quiz', `/embed/r/${id}`]) {
      const res = await call(path)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-security-policy')).toContain('frame-ancestors *')
      expect(res.headers.get('x-frame-options')).toBeNull()
    }
  })

  it('forbid framing every other page', async () => {
    const { id } = await create()
    for (const path of ['/', '/quiz', `/r/${id}`, '/api/quiz', '/nowhere']) {
      const res = await call(path)
      expect(res.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'")
      expect(res.headers.get('x-frame-options'), path).toBe('DENY')
    }
  })
})

describe('embedded pages', () => {
  it('apply theme and accent and pass the widget settings to the page script', async () => {
    const res = await call(
      '/embed/quiz?theme=dark&accent=ff5500&open=tab&source=bootcamp&parent=https%3A%2F%2Fhost.example&wid=rs1',
    )
    const html = await res.text()
    expect(html).toContain('<html lang="en" data-theme="dark">')
    expect(html).toContain('<link rel="stylesheet" href="/embed/accent.css?accent=ff5500">')
    const data = JSON.parse(html.match(/<script type="application\/json" id="page-data">(.*?)<\/script>/)![1]!)
    expect(data.embed).toEqual({
      parent: 'https://host.example',
      widget: 'rs1',
      source: 'bootcamp',
      open: 'tab',
      carry: '?theme=dark&accent=ff5500&parent=https%3A%2F%2Fhost.example&wid=rs1',
    })
  })

  it('drop an invalid option and still render with the valid ones', async () => {
    for (const q of [
      'theme=purple',
      'accent=red',
      'parent=https://host.example/path',
      'open=popup',
      `source=${'x'.repeat(41)}`,
    ]) {
      const res = await call(`/embed/quiz?${q}&wid=rs3`)
      expect(res.status, q).toBe(200)
      const html = await res.text()
      expect(html, q).not.toContain('data-theme="purple"')
      const data = JSON.parse(html.match(/<script type="application\/json" id="page-data">(.*?)<\/script>/)![1]!)
      expect(data.embed.widget).toBe('rs3')
      expect(data.embed.parent).toBeUndefined()
      expect(data.embed.source).toBeUndefined()
    }
  })

  it('give a second quiz widget of a page its slot, and drop a slot that is not 2..99', async () => {
    const slotOf = async (q: string) => {
      const html = await (await call(`/embed/quiz?wid=rs2&${q}`)).text()
      return JSON.parse(html.match(/<script type="application\/json" id="page-data">(.*?)<\/script>/)![1]!).embed.slot
    }
    expect(await slotOf('slot=2')).toBe(2)
    expect(await slotOf('slot=17')).toBe(17)
    for (const bad of ['slot=1', 'slot=0', 'slot=100', 'slot=x', 'slot=02']) expect(await slotOf(bad), bad).toBeUndefined()
  })

  it('store the source tag of the widget with the result', async () => {
    const { id } = await create({ source: '  bootcamp-2026  ' })
    const { env } = await import('cloudflare:workers')
    const stored = (await env.RESULTS.get(`v1:result:${id}`, 'json')) as any
    expect(stored.source).toBe('bootcamp-2026')
  })
})

describe('previews of the front door', () => {
  it('gives the landing page and the quiz their own card, a large twitter card and oEmbed discovery', async () => {
    for (const path of ['/', '/quiz']) {
      const html = await (await call(path)).text()
      expect(html, path).toContain('<meta property="og:image" content="http://example.com/card.png">')
      expect(html, path).toContain('<meta name="twitter:card" content="summary_large_image">')
      expect(html, path).toContain(`<meta property="og:url" content="http://example.com${path}">`)
      expect(html, path).toContain(
        `<link rel="alternate" type="application/json+oembed" href="http://example.com/oembed?url=${encodeURIComponent(`http://example.com${path}`)}&amp;format=json"`,
      )
    }
  })

  it('gives /stats a preview with the same card', async () => {
    const html = await (await call('/stats')).text()
    expect(html).toContain('<meta property="og:image" content="http://example.com/card.png">')
    expect(html).toContain('<meta property="og:title" content="How people answer · Role Spectrum">')
  })

  it('draws the front-door card as a 1200 × 630 PNG', async () => {
    const res = await call('/card.png')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
    const bytes = new Uint8Array(await res.arrayBuffer())
    const view = new DataView(bytes.buffer)
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630])
  })
})
