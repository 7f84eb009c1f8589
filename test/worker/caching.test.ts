import { describe, expect, it } from 'vitest'
import { BUILD_ID } from '../../worker/build-id'
import { answersOf, call, postJson } from '../helpers/worker'

const created = async () => {
  const res = await postJson('/api/results', { answers: answersOf(2) })
  expect(res.status).toBe(201)
  return (await res.json()) as { id: string; result: { roles: { id: string }[]; growth: { target: string }[] } }
}

/** A quoted entity tag as RFC 9110 allows it: no quote, space or control character inside. */
const WELL_FORMED = /^"[\x21\x23-\x7e]+"$/

describe('ETags of result pages and result JSON', () => {
  it('name the build, so that a tag kept from an older build gets the new page, not a 304', async () => {
    const { id } = await created()
    for (const path of [`/r/${id}`, `/api/results/${id}`]) {
      const etag = (await call(path)).headers.get('etag')!
      expect(etag, path).toContain(BUILD_ID)
      expect((await call(path, { headers: { 'if-none-match': etag } })).status, path).toBe(304)
      const olderBuild = etag.replace(BUILD_ID, `${BUILD_ID}x`)
      expect((await call(path, { headers: { 'if-none-match': olderBuild } })).status, path).toBe(200)
    }
  })

  it('stay well formed whatever ?target= holds, and odd or unknown targets share the default page’s tag', async () => {
    const { id } = await created()
    const plain = (await call(`/r/${id}`)).headers.get('etag')!
    expect(plain).toMatch(WELL_FORMED)
    for (const target of ['%0d%0a', '%00', '%22', '%22%2C%20W%2F%22x', 'no-such-role', '%E2%80%A8', '%ZZ']) {
      const res = await call(`/r/${id}?target=${target}`)
      expect(res.status, target).toBe(200)
      expect(res.headers.get('etag'), target).toBe(plain)
    }
  })

  it('give a page showing another growth target its own tag', async () => {
    const { id, result } = await created()
    const other = result.growth.find((g) => g.target !== result.roles[1]!.id)!.target
    const plain = (await call(`/r/${id}`)).headers.get('etag')!
    const res = await call(`/r/${id}?target=${other}`)
    const etag = res.headers.get('etag')!
    expect(etag).toMatch(WELL_FORMED)
    expect(etag).not.toBe(plain)
    expect(await res.text()).toMatch(new RegExp(`<option value="${other}" selected>`))
    expect((await call(`/r/${id}?target=${other}`, { headers: { 'if-none-match': etag } })).status).toBe(304)
    expect((await call(`/r/${id}`, { headers: { 'if-none-match': etag } })).status).toBe(200)
  })
})
