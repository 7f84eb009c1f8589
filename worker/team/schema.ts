import * as z from 'zod/mini'
import { AREA_IDS, CERTAINTY_IDS, SETTING_IDS } from '../../model/types'
import { ID_PATTERN, idParam } from '../ids'
import { shortText } from '../text-input'
import { TOKEN_PATTERN } from '../tokens'

export const settingId = z.enum(SETTING_IDS, { error: `must be one of ${SETTING_IDS.join(', ')}` })

/** POST /api/teams */
export const createTeamBody = z.strictObject({ name: shortText, setting: settingId })

const secret = (what: string) =>
  z.string({ error: 'must be a string' }).check(z.regex(TOKEN_PATTERN, { error: `is not ${what}` }))

/** A team's join key (in its join link once the lead has replaced the first link). */
export const joinKey = secret('a join key')

/**
 * POST /api/teams/{id}/members. `token` is the result's private (delete) token: only the
 * result's owner can put it on a team. `key` is needed once the team's join link carries one.
 */
export const joinBody = z.strictObject({
  resultId: z.string({ error: 'must be a string' }).check(z.regex(ID_PATTERN, { error: 'is not a result id' })),
  token: secret('a private token'),
  name: shortText,
  key: z.optional(joinKey),
})

/** Most members one bulk removal takes (a form of more would pass the 16 KiB body limit). */
export const MAX_BULK_REMOVE = 400

/** POST /api/teams/{id}/members/remove */
export const removeBody = z.strictObject({
  memberIds: z
    .array(idParam, { error: 'must be a list of member ids' })
    .check(
      z.minLength(1, { error: 'must name at least one member' }),
      z.maxLength(MAX_BULK_REMOVE, { error: `must name at most ${MAX_BULK_REMOVE} members` }),
    ),
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
  /** Absent until the lead replaces the join link; then the link and every join need it. */
  joinKey: z.optional(z.string().check(z.regex(TOKEN_PATTERN))),
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
  top: z.optional(z.string()),
  matches: z.optional(z.record(z.string(), score)),
  certainty: z.optional(z.enum(CERTAINTY_IDS)),
  /** The result's delete-token hash, so its owner can leave even after deleting the result. */
  ownerHash: z.optional(z.string()),
})
export type MemberRecord = z.infer<typeof memberRecord>
