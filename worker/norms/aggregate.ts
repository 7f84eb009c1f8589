import { AREA_IDS } from '../../model/types'
import type { Norms, NormsCell } from './schema'

const SCORES = 101

/** The rows not yet counted: above the mark, up to the newest (fixed for the whole batch, a transaction). */
const NEW_ROWS = 'rowid > (SELECT upto FROM taker_totals_mark) AND rowid <= (SELECT COALESCE(MAX(rowid), 0) FROM takers)'

/** Adds the new rows' counts, grouped by `a` and `b`, to the running totals of `kind`. */
const add = (kind: string, a: string, b: string, where = '') => {
  const groups = ['quiz_version', a, b].filter((g) => g !== "''").join(', ')
  return `INSERT INTO taker_totals (quiz_version, kind, a, b, n)
    SELECT quiz_version, '${kind}', ${a}, ${b}, COUNT(*) FROM takers WHERE ${NEW_ROWS}${where} GROUP BY ${groups}
    ON CONFLICT (quiz_version, kind, a, b) DO UPDATE SET n = n + excluded.n`
}

/**
 * One GROUP BY per figure over the rows written since the last run (a rowid range, so old rows
 * are never read again), added to the totals, then the mark moved: all in one batch, which D1
 * runs as one transaction, so a row is counted exactly once however runs overlap.
 */
const ADVANCE = [
  add('rows', "''", "''"),
  ...AREA_IDS.map((area) => add(area, area, "''")),
  add('position', 'position', "''"),
  add('top', 'top_role', "COALESCE(seniority, '')"),
  add('confusion', 'current_role', 'top_role', ' AND current_role IS NOT NULL'),
  add('years', 'years', "COALESCE(seniority, '')", ' AND years IS NOT NULL'),
  'UPDATE taker_totals_mark SET upto = MAX(upto, (SELECT COALESCE(MAX(rowid), 0) FROM takers))',
]

/**
 * Counts the rows written since the last call into the running totals, and says how many rows
 * D1 read to do it (its billing measure). Throws when D1 does.
 */
export async function advanceTotals(db: D1Database): Promise<{ rowsRead: number }> {
  const done = await db.batch(ADVANCE.map((sql) => db.prepare(sql)))
  return { rowsRead: done.reduce((sum, r) => sum + (r.meta.rows_read ?? 0), 0) }
}

interface TotalRow {
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
