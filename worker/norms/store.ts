import { loadNorms } from '../lazy-modules'
import type { WaitUntil } from './row'
import { type Norms, normsSchema } from './schema'

export const normsKey = (quizVersion: number): string => `v1:norms:${quizVersion}`

/** How long an isolate reuses the figures it read before it reads KV again. */
const MEMORY_MS = 60_000
const memory = new Map<number, { norms: Norms | undefined; at: number }>()

/** Forgets this isolate's copies, so the next read goes to KV (tests use it between cases). */
export function forgetNormsInMemory(): void {
  memory.clear()
}

function remember(quizVersion: number, norms: Norms | undefined): Norms | undefined {
  memory.set(quizVersion, { norms, at: Date.now() })
  return norms
}

async function storedNorms(kv: KVNamespace, quizVersion: number): Promise<Norms | undefined> {
  const parsed = normsSchema.safeParse(await kv.get(normsKey(quizVersion), 'json'))
  return parsed.success ? parsed.data : undefined
}

/**
 * The figures of a quiz version for a page view: from this isolate's memory (up to a minute
 * old), else one KV read. Only when KV has none yet (a fresh deploy before the first cron run)
 * are they computed from D1, once, and stored. `undefined` when there are none and D1 cannot
 * give them; that answer too is kept for a minute, so an outage costs one attempt a minute.
 */
export async function readNorms(env: Cloudflare.Env, ctx: WaitUntil, quizVersion: number): Promise<Norms | undefined> {
  const kept = memory.get(quizVersion)
  if (kept && Date.now() - kept.at < MEMORY_MS) return kept.norms
  try {
    const stored = await storedNorms(env.RESULTS, quizVersion)
    if (stored) return remember(quizVersion, stored)
  } catch (err) {
    console.error('norms not read from KV:', err)
    return remember(quizVersion, undefined)
  }
  try {
    const { computeNorms } = await loadNorms()
    const norms = await computeNorms(env.NORMS, quizVersion)
    ctx.waitUntil(env.RESULTS.put(normsKey(quizVersion), JSON.stringify(norms)).catch(() => {}))
    return remember(quizVersion, norms)
  } catch (err) {
    console.error('norms not computed:', err)
    return remember(quizVersion, undefined)
  }
}

/**
 * What the Cron Trigger does: counts the rows written since its last run into the running
 * totals, then stores the figures of every quiz version that has rows, and of `current` even
 * without any. When D1 fails this throws and leaves the
 * last stored figures as they are.
 */
export async function refreshNorms(env: Cloudflare.Env, current: number, now = new Date()): Promise<Norms[]> {
  const { advanceTotals, readTotals, versionsWithRows } = await loadNorms()
  await advanceTotals(env.NORMS)
  const versions = new Set([...(await versionsWithRows(env.NORMS)), current])
  const all: Norms[] = []
  for (const version of versions) {
    const norms = await readTotals(env.NORMS, version, now)
    await env.RESULTS.put(normsKey(version), JSON.stringify(norms))
    remember(version, norms)
    all.push(norms)
  }
  return all
}
