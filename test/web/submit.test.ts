import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { submitAnswers } from '../../web/quiz/submit'
import { answersOf } from '../helpers/worker'

const created = {
  id: 'PWloQdbPpOFK2o-wV_rMJg',
  url: '/r/PWloQdbPpOFK2o-wV_rMJg',
  deleteUrl: '/r/PWloQdbPpOFK2o-wV_rMJg/delete?token=AAAAAAAAAAAAAAAAAAAAAA',
  result: { scores: {}, spectrum: { position: 0.5, label: 'Middle' }, roles: [] },
}

type Reply = { status: number; body?: unknown; retryAfter?: string } | 'network-error'

/** A fetch that answers each call with the next reply, and records when it was called. */
function fakeFetch(replies: Reply[]) {
  const calls: number[] = []
  const fn = vi.fn(async () => {
    calls.push(Date.now())
    const reply = replies[Math.min(calls.length - 1, replies.length - 1)]!
    if (reply === 'network-error') throw new TypeError('Failed to fetch')
    return new Response(JSON.stringify(reply.body ?? {}), {
      status: reply.status,
      headers: { 'content-type': 'application/json', ...(reply.retryAfter ? { 'retry-after': reply.retryAfter } : {}) },
    })
  })
  vi.stubGlobal('fetch', fn)
  return calls
}

/** Runs a submission to its end under fake timers; returns the outcome and the gaps between attempts. */
async function run(replies: Reply[]) {
  const calls = fakeFetch(replies)
  const start = Date.now()
  const pending = submitAnswers(answersOf(2))
  await vi.runAllTimersAsync()
  const outcome = await pending
  return { outcome, attempts: calls.length, gaps: calls.map((t, i) => t - (i ? calls[i - 1]! : start)) }
}

describe('the quiz client’s submission', () => {
  const store = new Map<string, string>()
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'Date'] })
    store.clear()
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    })
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('retries a 5xx twice with growing waits, then succeeds and keeps the private link on the device', async () => {
    const { outcome, attempts, gaps } = await run([{ status: 503 }, { status: 500 }, { status: 201, body: created }])
    expect(outcome).toMatchObject({ ok: true, id: created.id, deleteUrl: created.deleteUrl })
    expect(attempts).toBe(3)
    expect(gaps).toEqual([0, 600, 1200])
    // The join form of the result page takes the private token from here.
    expect(JSON.parse(store.get('role-spectrum:mine')!)).toEqual({ [created.id]: created.deleteUrl })
  })

  it('waits as long as a short Retry-After asks before retrying', async () => {
    const { outcome, gaps } = await run([
      { status: 503, retryAfter: '5', body: { error: 'Busy.' } },
      { status: 201, body: created },
    ])
    expect(outcome.ok).toBe(true)
    expect(gaps).toEqual([0, 5000])
  })

  it('gives up at once when Retry-After is long, with the server’s message', async () => {
    const { outcome, attempts } = await run([{ status: 503, retryAfter: '30', body: { error: 'Storage is down.' } }])
    expect(attempts).toBe(1)
    expect(outcome).toEqual({ ok: false, message: 'Storage is down.' })
  })

  it('does not retry a 429: it shows the message, which says how long to wait', async () => {
    const message = 'Too many results from this address. Please wait 60 seconds and try again.'
    const { outcome, attempts } = await run([
      { status: 429, retryAfter: '60', body: { error: message } },
      { status: 201, body: created },
    ])
    expect(attempts).toBe(1)
    expect(outcome).toEqual({ ok: false, message })
  })

  it('does not retry a 400', async () => {
    const { outcome, attempts } = await run([{ status: 400, body: { error: 'Some answers are missing or invalid.' } }])
    expect(attempts).toBe(1)
    expect(outcome).toEqual({ ok: false, message: 'Some answers are missing or invalid.' })
  })

  it('retries network failures, and reports the last problem after three attempts', async () => {
    const recovered = await run(['network-error', { status: 201, body: created }])
    expect(recovered.outcome.ok).toBe(true)
    expect(recovered.attempts).toBe(2)
    const failed = await run(['network-error', 'network-error', 'network-error'])
    expect(failed.attempts).toBe(3)
    expect(failed.outcome).toEqual({ ok: false, message: 'The connection failed.' })
    const lastWasServer = await run(['network-error', { status: 502, body: { error: 'Bad gateway.' } }, { status: 502 }])
    expect(lastWasServer.outcome).toEqual({ ok: false, message: 'Bad gateway.' })
  })

  it('treats a 201 without the fields it needs as a failure, and never stores a link for it', async () => {
    const { outcome } = await run([{ status: 201, body: { id: created.id } }])
    expect(outcome.ok).toBe(false)
    expect(store.size).toBe(0)
  })
})
