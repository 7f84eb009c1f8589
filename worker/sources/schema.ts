import * as z from 'zod/mini'
import { ID_PATTERN } from '../ids'
import { normsSchema } from '../norms/schema'
import { shortText } from '../text-input'

/** POST /api/sources (and the form on /s/new): a name only its owner sees. */
export const createSourceBody = z.strictObject({ name: shortText })

/**
 * A widget source's tag, from a path: generated (the 22-character id format), so nobody can
 * claim a tag someone else already uses, or guess one.
 */
export const sourceTag = z.string().check(z.regex(ID_PATTERN))

/** A source as stored in KV (`v1:source:{tag}`): its owner token only as a SHA-256. */
export const sourceRecord = z.object({
  name: z.string(),
  createdAt: z.iso.datetime(),
  ownerHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
})
export type SourceRecord = z.infer<typeof sourceRecord>

const count = z.int().check(z.minimum(0))

/**
 * A cohort's figures as kept in KV (`v1:cohort:{tag}`) between computations: the norms of its
 * rows of the current quiz version, results per day, and how many rows earlier versions hold.
 */
export const cohortFigures = z.object({
  norms: normsSchema,
  days: z.array(z.object({ day: z.string(), n: count })),
  older: count,
})
export type CohortFigures = z.infer<typeof cohortFigures>
