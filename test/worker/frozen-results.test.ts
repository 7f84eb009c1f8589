import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { content } from '../../model'
import v0 from '../fixtures/result-v0.json'
import v1 from '../fixtures/result-v1.json'
import v2 from '../fixtures/result-v2.json'
import { call } from '../helpers/worker'

/** The part of a page that a result's content decides: the <main> element, without asset hashes. */
const mainOf = (html: string): string => {
  const m = html.match(/<main[\s\S]*<\/main>/)
  if (!m) throw new Error('no <main> in page')
  return m[0].replace(/-[A-Z0-9]{8}\.(js|css)/g, '-HASH.$1')
}

describe.each([
  ['0', v0],
  ['1', v1],
  ['2', v2],
])('a result stored by quiz version %s', (_version, fixture) => {
  it('renders its result page exactly as it did when it was stored', async () => {
    await env.RESULTS.put(`v1:result:${fixture.id}`, JSON.stringify(fixture))
    const res = await call(`/r/${fixture.id}`)
    expect(res.status).toBe(200)
    await expect(mainOf(await res.text())).toMatchFileSnapshot(`../fixtures/rendered/result-v${fixture.quizVersion}.html`)
  })

  it('renders its embed card exactly as it did when it was stored', async () => {
    await env.RESULTS.put(`v1:result:${fixture.id}`, JSON.stringify(fixture))
    const res = await call(`/embed/r/${fixture.id}`)
    expect(res.status).toBe(200)
    await expect(mainOf(await res.text())).toMatchFileSnapshot(`../fixtures/rendered/embed-v${fixture.quizVersion}.html`)
  })

  it('answers its stored result unchanged from the API', async () => {
    await env.RESULTS.put(`v1:result:${fixture.id}`, JSON.stringify(fixture))
    const api = (await (await call(`/api/results/${fixture.id}`)).json()) as { result: unknown }
    expect(api.result).toEqual(fixture.result)
    expect(fixture.quizVersion).toBeLessThan(content.version + (fixture.quizVersion === content.version ? 1 : 0))
  })
})
