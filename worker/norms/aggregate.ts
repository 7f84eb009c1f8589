import { AREA_IDS } from '../../model/types'
import type { Norms, NormsCell } from './schema'

const SCORES = 101

/**
 * Rows are counted into the published figures only in whole steps of this many, by id: the
 * first 5 new rows, then the next 5, never the ones in between. Any two views of /stats, of the
 * percentiles on result pages and of the calibration tables then differ by 5 people or more, so
 * saving the figures before and after one person's result cannot single that person out (the
 * widget owners' cohort views follow the same rule, worker/sources/).
 */
export const PUBLISH_STEP = 5

/** Rows above the mark: not yet counted. */
const ABOVE_MARK = 'id > (SELECT upto FROM taker_totals_mark)'

/**
 * The id up to which a run counts: the last row of the largest whole number of steps above the
 * mark (the mark itself when fewer than a step are waiting). Read once before the run's batch;
 * ids are AUTOINCREMENT (migrations/0003), never given twice, so the rows up to it are fixed.
 * Runs that overlap find the same id, and the second one's range is empty by then.
 */
const WAITING = `(SELECT COUNT(*) FROM takers WHERE ${ABOVE_MARK})`
const COUNT_UPTO = `SELECT CASE WHEN ${WAITING} >= ${PUBLISH_STEP}
    THEN (SELECT id FROM takers WHERE ${ABOVE_MARK} ORDER BY id LIMIT 1 OFFSET (${WAITING} / ${PUBLISH_STEP}) * ${PUBLISH_STEP} - 1)
    ELSE (SELECT upto FROM taker_totals_mark) END AS upto`

/** The rows this run counts, up to the id bound as ?1. */
const NEW_ROWS = `${ABOVE_MARK} AND id <= ?1`

/** Adds the new rows' counts, grouped by `a` and `b`, to the running totals of `kind`. */
const add = (kind: string, a: string, b: string, where = '') => {
  const groups = ['quiz_version', a, b].filter((g) => g !== "''").join(', ')
  return `INSERT INTO taker_totals (quiz_version, kind, a, b, n)
    SELECT quiz_version, '${kind}', ${a}, ${b}, COUNT(*) FROM takers WHERE ${NEW_ROWS}${where} GROUP BY ${groups}
    ON CONFLICT (quiz_version, kind, a, b) DO UPDATE SET n = n + excluded.n`
}

/**
 * One GROUP BY per figure over the rows of whole steps written since the last run (an id range,
 * so old rows are never read again), added to the totals, then the mark moved: all in one batch,
 * which D1 runs as one transaction, so a row is counted exactly once however runs overlap.
 */
const ADVANCE = [
  add('rows', "''", "''"),
  ...AREA_IDS.map((area) => add(area, area, "''")),
  add('position', 'position', "''"),
  add('top', 'top_role', "COALESCE(seniority, '')"),
  add('confusion', 'current_role', 'top_role', ' AND current_role IS NOT NULL'),
  add('years', 'years', "COALESCE(seniority, '')", ' AND years IS NOT NULL'),
  'UPDATE taker_totals_mark SET upto = MAX(upto, ?1)',
]

/**
 * Counts the rows written since the last call into the running totals, and says how many rows
 * D1 read to do it (its billing measure). Throws when D1 does.
 */
export async function advanceTotals(db: D1Database): Promise<{ rowsRead: number }> {
  const bound = await db.prepare(COUNT_UPTO).run<{ upto: number }>()
  const upto = bound.results[0]?.upto ?? 0
  const done = await db.batch(ADVANCE.map((sql) => db.prepare(sql).bind(upto)))
  return { rowsRead: [bound, ...done].reduce((sum, r) => sum + (r.meta.rows_read ?? 0), 0) }
}

export interface TotalRow {
  kind: string
  a: string
  b: string
  n: number
}

const histogram = () => new Array<number>(SCORES).fill(0)
const bucket = (value: string) => Math.min(SCORES - 1, Math.max(0, Math.round(Number(value))))

/** The figures of one quiz version from its running totals: a few hundred rows at most. */
export async function readTotals(db: D1Database, quizVersion: number, now = new Date()): Promise<Norms> {
  const { results } = await db
    .prepare('SELECT kind, a, b, n FROM taker_totals WHERE quiz_version = ?')
    .bind(quizVersion)
    .all<TotalRow>()
  return normsOf(results, quizVersion, now)
}

/** Counts by kind (as taker_totals holds them) as the figures of a quiz version; other kinds are skipped. */
export function normsOf(results: readonly TotalRow[], quizVersion: number, now: Date): Norms {
  const norms: Norms = {
    format: 1,
    quizVersion,
    computedAt: now.toISOString(),
    rows: 0,
    areas: Object.fromEntries(AREA_IDS.map((a) => [a, histogram()])) as Norms['areas'],
    positions: histogram(),
    top: [],
    confusion: [],
    years: [],
  }
  for (const { kind, a, b, n } of results) {
    const cell: NormsCell = { a, b: b === '' ? null : b, n }
    if (kind === 'rows') norms.rows = n
    else if (kind === 'position') norms.positions[bucket(a)]! += n
    else if (kind === 'top' || kind === 'confusion' || kind === 'years') norms[kind].push(cell)
    else if ((AREA_IDS as readonly string[]).includes(kind)) norms.areas[kind as keyof Norms['areas']][bucket(a)]! += n
  }
  return norms
}

// INDEXED BY: without it, SQLite reads a whole version through takers_by_version to group by day unsorted.
const COHORT_ROWS = 'FROM takers INDEXED BY takers_by_source WHERE source = ?1'
const OF_SOURCE = `${COHORT_ROWS} AND quiz_version = ?2 AND id <= ?3`
const cohortPart = (kind: string, a: string, b: string, group: string) =>
  `SELECT '${kind}' AS kind, CAST(${a} AS TEXT) AS a, ${b} AS b, COUNT(*) AS n ${OF_SOURCE} GROUP BY ${group}`

/**
 * A widget source's cohort (worker/sources/): the kinds of taker_totals that its page shows,
 * plus takers per day ('day') and rows of earlier quiz versions ('older'), straight from its
 * rows. Each statement reads only the source's rows, through takers_by_source (forced), and a
 * cohort is small next to the whole table, so this is no full scan; its answer is cached in KV.
 */
/** Exported for the tests, which bound the rows each statement reads. */
export const COHORT = [
  `SELECT 'rows' AS kind, '' AS a, '' AS b, COUNT(*) AS n ${OF_SOURCE}`,
  ...AREA_IDS.map((area) => cohortPart(area, area, "''", area)),
  cohortPart('position', 'position', "''", 'position'),
  cohortPart('top', 'top_role', "COALESCE(seniority, '')", 'top_role, seniority'),
  cohortPart('day', 'day', "''", 'day'),
  `SELECT 'older' AS kind, '' AS a, '' AS b, COUNT(*) AS n ${COHORT_ROWS} AND quiz_version < ?2`,
]

/**
 * The counts of one source's rows of a quiz version, in one batch (one round trip), and how many
 * rows D1 read for them; of this version only rows up to id `upto` (worker/sources/cohort.ts
 * counts a fixed set of rows). Throws when D1 does.
 */
export async function countCohort(
  db: D1Database,
  source: string,
  quizVersion: number,
  upto = Number.MAX_SAFE_INTEGER,
): Promise<{ counts: TotalRow[]; rowsRead: number }> {
  // Rows of earlier versions ('older', a count only) are not bounded: that statement has no ?3.
  const params = (sql: string) => (sql.includes('?3') ? [source, quizVersion, upto] : [source, quizVersion])
  const answers = await db.batch<TotalRow>(COHORT.map((sql) => db.prepare(sql).bind(...params(sql))))
  return { counts: answers.flatMap((a) => a.results), rowsRead: answers.reduce((sum, a) => sum + (a.meta.rows_read ?? 0), 0) }
}

/** The figures of one quiz version, with every row written so far counted. */
export async function computeNorms(db: D1Database, quizVersion: number, now = new Date()): Promise<Norms> {
  await advanceTotals(db)
  return readTotals(db, quizVersion, now)
}

/** The quiz versions that have rows counted. */
export async function versionsWithRows(db: D1Database): Promise<number[]> {
  const { results } = await db
    .prepare("SELECT quiz_version AS v FROM taker_totals WHERE kind = 'rows' AND a = '' AND b = ''")
    .all<{ v: number }>()
  return results.map((r) => r.v)
}
