import { AREA_IDS } from '../../model/types'
import type { Norms, NormsCell } from './schema'

const SCORES = 101

/**
 * Every figure of one quiz version, in one batch (one round trip): the row count, takers per
 * whole score in each area and per spectrum position, top role × seniority, and the two
 * calibration tables. Each statement is a GROUP BY over the version's rows (takers_by_version
 * narrows them), so the answer is a few hundred small rows however many takers there are;
 * nothing reads every row into the worker. (Separate statements: D1 allows only a few terms in
 * one compound SELECT.)
 */
const part = (a: string, b: string, where = '') =>
  `SELECT ${a} AS a, ${b} AS b, COUNT(*) AS n FROM takers WHERE quiz_version = ?1${where}`

const STATEMENTS: [kind: string, sql: string][] = [
  ['rows', part('NULL', 'NULL')],
  ...AREA_IDS.map((area): [string, string] => [area, `${part(area, 'NULL')} GROUP BY ${area}`]),
  ['position', `${part('position', 'NULL')} GROUP BY position`],
  ['top', `${part('top_role', 'seniority')} GROUP BY top_role, seniority`],
  ['confusion', `${part('current_role', 'top_role', ' AND current_role IS NOT NULL')} GROUP BY current_role, top_role`],
  ['years', `${part('years', 'seniority', ' AND years IS NOT NULL')} GROUP BY years, seniority`],
]

interface AggregateRow {
  a: string | number | null
  b: string | null
  n: number
}

const histogram = () => new Array<number>(SCORES).fill(0)
const bucket = (value: AggregateRow['a']) => Math.min(SCORES - 1, Math.max(0, Math.round(Number(value))))

/** The figures of one quiz version, from D1. Throws when D1 does. */
export async function computeNorms(db: D1Database, quizVersion: number, now = new Date()): Promise<Norms> {
  const answers = await db.batch<AggregateRow>(STATEMENTS.map(([, sql]) => db.prepare(sql).bind(quizVersion)))
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
  for (const [i, [kind]] of STATEMENTS.entries())
    for (const row of answers[i]!.results) {
      const cell: NormsCell = { a: String(row.a), b: row.b ?? null, n: row.n }
      if (kind === 'rows') norms.rows = row.n
      else if (kind === 'position') norms.positions[bucket(row.a)]! += row.n
      else if (kind === 'top' || kind === 'confusion' || kind === 'years') norms[kind].push(cell)
      else norms.areas[kind as keyof Norms['areas']][bucket(row.a)]! += row.n
    }
  return norms
}

/**
 * The quiz versions that have rows, found by skipping through the version index (one seek per
 * version) rather than by reading every row.
 */
export async function versionsWithRows(db: D1Database): Promise<number[]> {
  const { results } = await db
    .prepare(
      `WITH RECURSIVE v(x) AS (
         SELECT MIN(quiz_version) FROM takers
         UNION ALL
         SELECT (SELECT MIN(quiz_version) FROM takers WHERE quiz_version > x) FROM v WHERE x IS NOT NULL
       ) SELECT x FROM v WHERE x IS NOT NULL`,
    )
    .all<{ x: number }>()
  return results.map((r) => r.x)
}
