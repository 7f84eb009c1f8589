import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { scoringContent as content } from '../../model/content/scoring'
import worker from '../../worker/index'
import { insertRow, type TakerRow } from '../../worker/norms/row'
import { forgetNormsInMemory, normsKey } from '../../worker/norms/store'
import { randomIp } from './worker'

type Env = Cloudflare.Env

/**
 * Runs the real worker with `bindings` (the test's own by default) and waits for its work after
 * the response too (the D1 row is written then), so a test sees what a request left behind.
 */
export async function run(path: string, init?: RequestInit, bindings: Env = env): Promise<Response> {
  const ctx = createExecutionContext()
  const res = await worker.fetch(new Request(`http://example.com${path}`, init), bindings, ctx)
  await waitOnExecutionContext(ctx)
  return res
}

export const postJsonTo = (path: string, body: unknown, bindings: Env = env): Promise<Response> =>
  run(
    path,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cf-connecting-ip': randomIp() },
      body: JSON.stringify(body),
    },
    bindings,
  )

/** What the Cron Trigger does, with the test's bindings or others. */
export async function runCron(bindings: Env = env): Promise<void> {
  const ctx = createExecutionContext()
  await worker.scheduled(createScheduledController({ cron: '*/15 * * * *' }), bindings, ctx)
  await waitOnExecutionContext(ctx)
}

export async function takerRows(): Promise<Record<string, unknown>[]> {
  return (await env.NORMS.prepare('SELECT * FROM takers ORDER BY rowid').all<Record<string, unknown>>()).results
}

/** A row of the current quiz version with every score 50; `over` changes any field. */
export const row = (over: Partial<TakerRow> = {}): TakerRow => ({
  quiz_version: content.version,
  day: '2026-11-23',
  stats: 50,
  ml: 50,
  swe: 50,
  infra: 50,
  comm: 50,
  position: 50,
  top_role: 'ml-engineer',
  seniority: 'mid',
  source: null,
  current_role: null,
  years: null,
  ...over,
})

export async function seed(rows: TakerRow[]): Promise<void> {
  for (const r of rows) await insertRow(env.NORMS, r)
}

/** An empty start: no rows, no stored figures, nothing remembered by this isolate. */
export async function clearNorms(): Promise<void> {
  await env.NORMS.batch([
    env.NORMS.prepare('DELETE FROM takers'),
    env.NORMS.prepare('DELETE FROM taker_totals'),
    env.NORMS.prepare('UPDATE taker_totals_mark SET upto = 0'),
  ])
  for (const { name } of (await env.RESULTS.list({ prefix: normsKey(0).replace(/0$/, '') })).keys) await env.RESULTS.delete(name)
  forgetNormsInMemory()
}

/** A D1 binding that fails every query, as in an outage. */
export const failingD1 = {
  prepare: () => {
    throw new Error('D1_ERROR: database unavailable')
  },
  batch: () => Promise.reject(new Error('D1_ERROR: database unavailable')),
  exec: () => Promise.reject(new Error('D1_ERROR: database unavailable')),
} as unknown as D1Database

/** A D1 binding whose queries never answer. */
export const hangingD1 = {
  prepare: () => {
    const statement = {
      bind: () => statement,
      run: () => new Promise(() => {}),
      all: () => new Promise(() => {}),
      first: () => new Promise(() => {}),
    }
    return statement
  },
  batch: () => new Promise(() => {}),
} as unknown as D1Database

/** The test's D1, counting the batches sent to it (computing the figures is one batch). */
export function countingD1(): { db: D1Database; batches: () => number } {
  let batches = 0
  const db = {
    prepare: (query: string) => env.NORMS.prepare(query),
    batch: (statements: D1PreparedStatement[]) => {
      batches++
      return env.NORMS.batch(statements)
    },
  } as unknown as D1Database
  return { db, batches: () => batches }
}
