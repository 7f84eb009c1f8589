import * as z from 'zod/mini'
import { AREA_IDS, SETTING_IDS } from '../../model'
import { shortText } from '../text-input'

export const settingId = z.enum(SETTING_IDS, { error: `must be one of ${SETTING_IDS.join(', ')}` })

/** POST /api/teams */
export const createTeamBody = z.strictObject({ name: shortText, setting: settingId })

/** POST /api/teams/{id}/members */
export const joinBody = z.strictObject({
  resultId: z.string({ error: 'must be a string' }).check(z.regex(/^[A-Za-z0-9_-]{22}$/, { error: 'is not a result id' })),
  name: shortText,
})

/** PATCH /api/teams/{id} */
export const patchTeamBody = z.strictObject({ setting: settingId })

/** A team's own record in its Durable Object. */
export const teamMeta = z.object({
  id: z.string(),
  name: z.string(),
  setting: settingId,
  createdAt: z.string(),
  adminHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
})
export type TeamMeta = z.infer<typeof teamMeta>

const score = z.number().check(z.minimum(0), z.maximum(100))

/** A member as stored: the snapshot of their result that the team map needs. */
export const memberRecord = z.object({
  memberId: z.string(),
  name: z.string(),
  resultId: z.string(),
  joinedAt: z.string(),
  scores: z.object(Object.fromEntries(AREA_IDS.map((a) => [a, score])) as Record<(typeof AREA_IDS)[number], typeof score>),
  position: z.number().check(z.minimum(0), z.maximum(1)),
  fits: z.record(z.string(), score),
  levels: z.record(z.string(), z.number().check(z.minimum(0), z.maximum(4))),
  /** The result's delete-token hash, so its owner can leave even after deleting the result. */
  ownerHash: z.optional(z.string()),
})
export type MemberRecord = z.infer<typeof memberRecord>
