import * as z from 'zod/mini'
import { AREA_IDS } from '../../model/types'

const count = z.int().check(z.minimum(0))
/** Takers per whole value 0..100. */
const histogram = z.array(count).check(z.length(101))
const cell = z.object({ a: z.string(), b: z.nullable(z.string()), n: count })

/**
 * The figures of one quiz version, as the cron trigger stores them in KV (`v1:norms:{version}`)
 * and page views read them. Counts only: nothing in it belongs to one person.
 */
export const normsSchema = z.object({
  format: z.literal(1),
  quizVersion: z.int(),
  computedAt: z.iso.datetime(),
  rows: count,
  areas: z.object(Object.fromEntries(AREA_IDS.map((a) => [a, histogram])) as Record<(typeof AREA_IDS)[number], typeof histogram>),
  positions: histogram,
  /** Top role (a) × its seniority (b). */
  top: z.array(cell),
  /** Self-reported current role (a) × placed top role (b). */
  confusion: z.array(cell),
  /** Self-reported years band (a) × placed seniority (b). */
  years: z.array(cell),
})

export type Norms = z.infer<typeof normsSchema>
export type NormsCell = z.infer<typeof cell>
