import { countCohort, normsOf } from '../norms/aggregate'
import type { WaitUntil } from '../norms/row'
import { cohortKey } from './store'
import { type CohortFigures, cohortFigures } from './schema'

/** How long computed figures are reused before D1 is asked again. */
export const COHORT_FRESH_MS = 5 * 60_000
/** How long KV keeps them at all: an older copy still serves while D1 cannot be reached. */
const KEEP_SECONDS = 30 * 24 * 60 * 60

/** A cohort's figures, and whether they are an old copy because D1 could not be reached. */
export interface CohortRead {
  figures: CohortFigures
  stale: boolean
}

async function kept(kv: KVNamespace, tag: string): Promise<CohortFigures | undefined> {
  try {
    const parsed = cohortFigures.safeParse(await kv.get(cohortKey(tag), 'json'))
    return parsed.success ? parsed.data : undefined
  } catch (err) {
    console.error('cohort figures not read from KV:', err)
    return undefined
  }
}

/** Counts a source's rows of a quiz version in D1 (through takers_by_source, GROUP BY). Throws when D1 does. */
export async function computeCohort(db: D1Database, tag: string, quizVersion: number, now = new Date()): Promise<CohortFigures> {
  const { counts } = await countCohort(db, tag, quizVersion)
  return {
    norms: normsOf(counts, quizVersion, now),
    days: counts.filter((c) => c.kind === 'day').map((c) => ({ day: c.a, n: c.n })),
    older: counts.find((c) => c.kind === 'older')?.n ?? 0,
  }
}

/**
 * A cohort's figures for a page view or an API read: the copy in KV while it is under five
 * minutes old (so repeated views never reach D1), else counted afresh and kept. When D1 fails,
 * the last copy, marked stale; undefined when there is none.
 */
export async function readCohort(
  env: Cloudflare.Env,
  ctx: WaitUntil,
  tag: string,
  quizVersion: number,
  now = new Date(),
): Promise<CohortRead | undefined> {
  const copy = await kept(env.RESULTS, tag)
  const age = copy ? now.getTime() - Date.parse(copy.norms.computedAt) : Number.POSITIVE_INFINITY
  if (copy && copy.norms.quizVersion === quizVersion && age >= 0 && age < COHORT_FRESH_MS) return { figures: copy, stale: false }
  try {
    const figures = await computeCohort(env.NORMS, tag, quizVersion, now)
    ctx.waitUntil(
      env.RESULTS.put(cohortKey(tag), JSON.stringify(figures), { expirationTtl: KEEP_SECONDS }).catch((err: unknown) =>
        console.error('cohort figures not kept:', err),
      ),
    )
    return { figures, stale: false }
  } catch (err) {
    console.error('cohort figures not computed:', err)
    return copy ? { figures: copy, stale: true } : undefined
  }
}
