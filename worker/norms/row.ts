import type { Calibration } from '../../contract/calibration'
import { ID_PATTERN } from '../ids'
import type { StoredResult } from '../results/schema'
import { sourceKey } from '../sources/store'

/** What is needed of the request's execution context: work that outlives the response. */
export type WaitUntil = { waitUntil(promise: Promise<unknown>): void }

/** The anonymous row a stored result adds to D1 (migrations/0001_takers.sql): no name, id, address or token. */
export interface TakerRow {
  quiz_version: number
  /** The day only, YYYY-MM-DD (UTC). */
  day: string
  stats: number
  ml: number
  swe: number
  infra: number
  comm: number
  /** Spectrum position 0..100 from the engineering end, as the result page shows it. */
  position: number
  top_role: string
  seniority: string | null
  /** A widget source's generated tag (worker/sources/), never free text a host wrote. */
  source: string | null
  current_role: string | null
  years: string | null
}

/** `source`: the result's source tag once it is known to name a source that exists (recordNormsRow checks). */
export function takerRow(record: StoredResult, calibration?: Calibration, source?: string): TakerRow {
  const { scores, spectrum, roles } = record.result
  const top = roles[0]!
  return {
    quiz_version: record.quizVersion,
    day: record.createdAt.slice(0, 10),
    stats: scores.stats,
    ml: scores.ml,
    swe: scores.swe,
    infra: scores.infra,
    comm: scores.comm,
    position: Math.round(spectrum.position * 100),
    top_role: top.id,
    seniority: top.seniority ?? null,
    source: source ?? null,
    current_role: calibration?.currentRole ?? null,
    years: calibration?.years ?? null,
  }
}

/**
 * The source tag to count a row under: only a tag that POST /api/sources made and that still
 * exists. Free text in data-source could name someone, and a made-up tag of the right shape
 * would otherwise fill D1 with rows no cohort view can ever show.
 */
async function existingSource(env: Cloudflare.Env, tag: string | undefined): Promise<string | undefined> {
  if (!tag || !ID_PATTERN.test(tag)) return undefined
  return (await env.RESULTS.get(sourceKey(tag))) === null ? undefined : tag
}

/** Inserts a row; its columns are the row's own keys, always those of TakerRow. */
export async function insertRow(db: D1Database, row: TakerRow): Promise<void> {
  const columns = Object.keys(row)
  await db
    .prepare(`INSERT INTO takers (${columns}) VALUES (${columns.map(() => '?')})`)
    .bind(...Object.values(row))
    .run()
}

/**
 * Adds the anonymous row of a result just stored, after the response: a D1 write that fails
 * or hangs never fails or delays the creation (the result is in KV already). The calibration
 * answers go here and nowhere else.
 */
export function recordNormsRow(env: Cloudflare.Env, ctx: WaitUntil, record: StoredResult, calibration?: Calibration): void {
  const write = async () => insertRow(env.NORMS, takerRow(record, calibration, await existingSource(env, record.source)))
  ctx.waitUntil(write().catch((err: unknown) => console.error('norms row not written:', err)))
}
