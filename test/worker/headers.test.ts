import { describe, expect, it } from 'vitest'
import { accentCss } from '../../worker/embed-options'
import { createTeam } from '../helpers/teams'
import { answersOf, call, postJson } from '../helpers/worker'

const created = async () => {
  const res = await postJson('/api/results', { answers: answersOf(2) })
  return (await res.json()) as { id: string; deleteUrl: string }
}

/** Every kind of HTML page the app renders (with an embed accent on the embedded ones) and the status it answers with. */
async function pages(): Promise<[string, number][]> {
  const { id, deleteUrl } = await created()
  const team = await createTeam()
  const form = new URLSearchParams(Object.entries(answersOf(1)).map(([k, v]) => [k, String(v)]))
  const saved = (await call('/quiz/all', { method: 'POST', body: form, redirect: 'manual' })).headers.get('location')!
  return [
    ['/', 200],
    ['/quiz', 200],
    ['/quiz/all', 200],
    [`/r/${id}`, 200],
    [deleteUrl, 200],
    [saved, 200],
    [`/embed/quiz?accent=ff5500&theme=dark`, 200],
    [`/embed/r/${id}?accent=%2300aa88`, 200],
    [`/t/${team.id}`, 200],
    [team.adminUrl, 200],
    ['/nowhere', 404],
  ]
}

describe('Content-Security-Policy and HSTS', () => {
  it('allow no inline styles, and every page renders without a style attribute', async () => {
    for (const [path, status] of await pages()) {
      const res = await call(path)
      expect(res.status, path).toBe(status)
      const csp = res.headers.get('content-security-policy')!
      expect(csp, path).toMatch(/style-src 'self'(;|$)/)
      expect(csp, path).not.toContain('unsafe-inline')
      expect(res.headers.get('strict-transport-security'), path).toBe('max-age=31536000; includeSubDomains')
      expect(await res.text(), path).not.toMatch(/\sstyle=/i)
    }
  })

  it('send HSTS on API responses too', async () => {
    expect((await call('/api/quiz')).headers.get('strict-transport-security')).toContain('max-age=')
  })
})

describe('the embed accent colour', () => {
  it('comes as a stylesheet of this origin, not an inline style', async () => {
    const html = await (await call('/embed/quiz?accent=%23FF5500&theme=dark')).text()
    expect(html).toContain('<html lang="en" data-theme="dark">')
    expect(html).toContain('<link rel="stylesheet" href="/embed/accent.css?accent=ff5500">')
    const css = await call('/embed/accent.css?accent=ff5500')
    expect(css.status).toBe(200)
    expect(css.headers.get('content-type')).toMatch(/^text\/css/)
    expect(await css.text()).toContain('--accent:#ff5500!important')
  })

  it('puts black text on a light accent and white on a dark one', () => {
    expect(accentCss('ffee00')).toContain('--on-accent:#111111')
    expect(accentCss('1e1b4b')).toContain('--on-accent:#ffffff')
  })

  it('is left out when the colour is not valid', async () => {
    const html = await (await call('/embed/quiz?accent=red')).text()
    expect(html).not.toContain('accent.css')
    expect((await call('/embed/accent.css?accent=red')).status).toBe(404)
    expect((await call('/embed/accent.css')).status).toBe(404)
  })
})

describe('a known path with the wrong method', () => {
  it('answers 405 with Allow naming the methods it takes', async () => {
    const { id } = await created()
    const team = await createTeam()
    for (const [method, path, allow] of [
      ['POST', '/', 'GET, HEAD'],
      ['DELETE', '/quiz', 'GET, HEAD'],
      ['PUT', '/quiz/all', 'GET, HEAD, POST'],
      ['POST', `/r/${id}`, 'GET, HEAD'],
      ['GET', '/t', 'POST'],
      ['DELETE', `/t/${team.id}/admin`, 'GET, HEAD, POST'],
      ['GET', '/api/results', 'POST'],
      ['PUT', `/api/results/${id}`, 'GET, HEAD, DELETE'],
      ['POST', `/api/teams/${team.id}`, 'GET, HEAD, PATCH, DELETE'],
      ['GET', `/api/teams/${team.id}/members/${id}`, 'DELETE'],
      ['POST', '/oembed', 'GET, HEAD'],
    ] as const) {
      const res = await call(path, { method })
      expect(res.status, `${method} ${path}`).toBe(405)
      expect(res.headers.get('allow'), `${method} ${path}`).toBe(allow)
      expect(res.headers.get('content-security-policy'), path).toBeTruthy()
      const type = res.headers.get('content-type') ?? ''
      if (path.startsWith('/api/') || path.startsWith('/oembed')) {
        expect(type, path).toMatch(/json/)
        expect(((await res.json()) as { error: string }).error, path).toContain(allow)
      } else expect(await res.text(), path).toContain('This page cannot do that')
    }
  })

  it('leaves unknown paths a 404 without Allow', async () => {
    for (const [method, path] of [
      ['GET', '/nowhere'],
      ['POST', '/nowhere'],
      ['GET', '/api/nothing'],
      ['DELETE', '/r/a/b/c'],
    ] as const) {
      const res = await call(path, { method })
      expect(res.status, path).toBe(404)
      expect(res.headers.get('allow'), path).toBeNull()
    }
  })
})
