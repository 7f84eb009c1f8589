import { countCohort, normsOf } from '../norms/aggregate'
import type { WaitUntil } from '../norms/row'
import { type CohortFigures, cohortFigures } from './schema'
import { cohortKey } from './store'

/**
 * Below this many results a cohort shows its count only: with fewer, an owner who knows who
 * took the quiz could tell one person's answers from the figures.
 */
export const COHORT_MIN_ROWS = 5

/**
 * Figures count a source's first 5, 10, 15, … results (in the order they were written), never
 * the ones in between (counted here). Exact figures recounted at every new result
 * would let an owner who knows "Dana took it at 10:03" read Dana's answers from the change
 * between two views; figures of whole steps differ by at least this many people, whenever and
 * wherever (any location, any copy in KV) they were counted.
 */
export const COHORT_STEP = 5

/** How long published figures are reused before D1 is asked again (for a count of rows, at least). */
export const COHORT_FRESH_MS = 5 * 60_000

/** A cohort's figures, and whether they are an old copy because D1 could not be reached. */
export interface CohortRead {
  figures: CohortFigures
  stale: boolean
}

/** The copy in KV, undefined when there is none (or it cannot be read); throws when KV does. */
async function kept(kv: KVNamespace, tag: string): Promise<CohortFigures | undefined> {
  const parsed = cohortFigures.safeParse(await kv.get(cohortKey(tag), 'json'))
  return parsed.success ? parsed.data : undefined
}

// Through takers_by_source (source, quiz_version), whose entries are in id order within a source and version.
const OF_SOURCE = 'FROM takers INDEXED BY takers_by_source WHERE source = ?1 AND quiz_version = ?2'

/** How many rows of a quiz version a source has: a COUNT of its entries in the index. */
async function cohortRows(db: D1Database, tag: string, quizVersion: number): Promise<number> {
  const row = await db.prepare(`SELECT COUNT(*) AS n ${OF_SOURCE}`).bind(tag, quizVersion).first<{ n: number }>()
  return row?.n ?? 0
}

/** The id of a source's `nth` row of a quiz version (1 = the first written; ids are AUTOINCREMENT). */
async function idOf(db: D1Database, tag: string, quizVersion: number, nth: number): Promise<number> {
  const row = await db
    .prepare(`SELECT id ${OF_SOURCE} ORDER BY id LIMIT 1 OFFSET ?3`)
    .bind(tag, quizVersion, nth - 1)
    .first<{ id: number }>()
  return row?.id ?? 0
}

/** How many rows the figures of a cohort of `rows` count: all of them below COHORT_MIN_ROWS (only the count is shown), else whole steps. */
export const countedRows = (rows: number): number => (rows < COHORT_MIN_ROWS ? rows : rows - (rows % COHORT_STEP))

/**
 * Counts the first `rows` rows of a source's quiz version in D1 (through takers_by_source,
 * GROUP BY). Throws when D1 does.
 */
export async function computeCohort(
  db: D1Database,
  tag: string,
  quizVersion: number,
  rows: number,
  now = new Date(),
): Promise<CohortFigures> {
  const upto = rows > 0 ? await idOf(db, tag, quizVersion, rows) : 0
  const { counts } = await countCohort(db, tag, quizVersion, upto)
  return {
    norms: normsOf(counts, quizVersion, now),
    days: counts.filter((c) => c.kind === 'day').map((c) => ({ day: c.a, n: c.n })),
    older: counts.find((c) => c.kind === 'older')?.n ?? 0,
  }
}

/**
 * A cohort's figures for a page view or an API read: the copy in KV while it is under five
 * minutes old (so repeated views never reach D1). After that, the source's rows are counted
 * (one COUNT over the index), and the figures are counted afresh only when that changes which
 * rows they count (see COHORT_STEP), then kept. When D1 fails, the last copy, marked stale;
 * undefined when there is none, or when KV cannot be read (without the copy there is no knowing
 * what was shown before).
 */
export async function readCohort(
  env: Cloudflare.Env,
  ctx: WaitUntil,
  tag: string,
  quizVersion: number,
  now = new Date(),
): Promise<CohortRead | undefined> {
  let copy: CohortFigures | undefined
  try {
    copy = await kept(env.RESULTS, tag)
  } catch (err) {
    console.error('cohort figures not read from KV:', err)
    return undefined
  }
  const published = copy?.norms.quizVersion === quizVersion ? copy : undefined
  const age = published ? now.getTime() - Date.parse(published.norms.computedAt) : Number.POSITIVE_INFINITY
  if (published && age >= 0 && age < COHORT_FRESH_MS) return { figures: published, stale: false }
  try {
    const rows = countedRows(await cohortRows(env.NORMS, tag, quizVersion))
    // Fewer rows than shown (only if rows were ever removed): the shown figures stay.
    if (published && (rows === published.norms.rows || (published.norms.rows >= COHORT_MIN_ROWS && rows < published.norms.rows)))
      return { figures: published, stale: false }
    const figures = await computeCohort(env.NORMS, tag, quizVersion, rows, now)
    ctx.waitUntil(
      // Kept until the source is deleted (no expiry), like the rows it counts.
      env.RESULTS.put(cohortKey(tag), JSON.stringify(figures)).catch((err: unknown) =>
        console.error('cohort figures not kept:', err),
      ),
    )
    return { figures, stale: false }
  } catch (err) {
    console.error('cohort figures not computed:', err)
    return copy ? { figures: copy, stale: true } : undefined
  }
}
