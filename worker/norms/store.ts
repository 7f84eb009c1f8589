import { loadNorms } from '../lazy-modules'
import type { WaitUntil } from './row'
import { type Norms, normsSchema } from './schema'

export const normsKey = (quizVersion: number): string => `v1:norms:${quizVersion}`

/** How long an isolate reuses the figures it read before it reads KV again. */
const MEMORY_MS = 60_000
const memory = new Map<number, { norms: Norms | undefined; at: number }>()
/** How long a page view waits for figures being computed from D1 before it renders without them. */
const NORMS_WAIT_MS = 200
/** A computation not settled after this long is given up (its request is over), and the next view starts another. */
const GIVE_UP_MS = 30_000
/** This isolate's computations from D1 under way, one per quiz version, shared by the views that wait on them. */
const computing = new Map<number, { done: Promise<Norms | undefined>; at: number }>()

/** Forgets this isolate's copies and computations, so the next read goes to KV (tests use it between cases). */
export function forgetNormsInMemory(): void {
  memory.clear()
  computing.clear()
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
 * Computes the figures of a quiz version from D1 and stores them in KV, once per isolate however
 * many views ask meanwhile, and remembers them (unless the isolate forgot everything meanwhile).
 */
function compute(env: Cloudflare.Env, quizVersion: number): Promise<Norms | undefined> {
  const under = computing.get(quizVersion)
  if (under && Date.now() - under.at < GIVE_UP_MS) return under.done
  const run = async () => {
    const norms = await (await loadNorms()).computeNorms(env.NORMS, quizVersion)
    await env.RESULTS.put(normsKey(quizVersion), JSON.stringify(norms)).catch((err: unknown) =>
      console.error('norms not stored:', err),
    )
    return norms
  }
  const done: Promise<Norms | undefined> = run().then(
    (norms) => (computing.get(quizVersion)?.done === done ? remember(quizVersion, norms) : norms),
    (err: unknown) => void console.error('norms not computed:', err),
  )
  computing.set(quizVersion, { done, at: Date.now() })
  void done.then(() => computing.get(quizVersion)?.done === done && computing.delete(quizVersion))
  return done
}

/**
 * The figures of a quiz version for a page view: from this isolate's memory (up to a minute
 * old), else one KV read. Only when KV has none yet (a fresh deploy before the first cron run)
 * are they computed from D1 and stored, one computation per isolate, carried on after the
 * response (`waitUntil`); the view waits for it NORMS_WAIT_MS at most. `undefined` when there are
 * none by then; that answer is kept for a minute, or until the computation ends, so a D1 that is
 * down or hangs costs one short wait a minute.
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
  remember(quizVersion, undefined)
  const done = compute(env, quizVersion)
  ctx.waitUntil(done)
  return (await Promise.race([done, scheduler.wait(NORMS_WAIT_MS)])) || undefined
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
