import * as z from 'zod/mini'
import { AREA_IDS, type AnyResult, CERTAINTY_IDS, SENIORITY_IDS, SETTING_IDS } from '../../model/types'
import { idParam } from '../ids'

const area = z.enum(AREA_IDS)
const percent = z.number().check(z.minimum(0), z.maximum(100))
const unit = z.number().check(z.minimum(0), z.maximum(1))
const level = z.number().check(z.minimum(0), z.maximum(4))
const text = z.string()
const scores = z.object(
  Object.fromEntries(AREA_IDS.map((a) => [a, percent])) as Record<(typeof AREA_IDS)[number], typeof percent>,
)

const roleFit = z
  .object({
    id: text,
    name: text,
    fit: percent,
    // From quiz version 3 on (model/match.ts); absent on older results, which show their fit.
    match: z.optional(percent),
    // From 8 December 2026, where `match` is 100: the match at the band above (model/types.ts).
    matchAbove: z.optional(
      z.object({
        band: z.enum(SENIORITY_IDS),
        match: percent,
        // Since the evening of 8 December; a result made that morning has the match alone.
        short: z.optional(z.array(z.object({ subSkill: text, name: text, level }))),
      }),
    ),
    summary: text,
    dayToDay: text,
    drivers: z.array(z.object({ area, name: text, covered: percent })),
    gaps: z.array(z.object({ subSkill: text, name: text, level, need: level })),
    // From quiz version 2 on; absent on results stored by versions 0 and 1.
    seniority: z.optional(z.enum(SENIORITY_IDS)),
    // From quiz version 3 on, a second band shown beside `seniority`: the band across a cut the
    // offset sits near, or the offset's own band when the role's holders moved `seniority` a step.
    nearBand: z.optional(z.enum(SENIORITY_IDS)),
    placement: z.optional(z.enum(['spectrum', 'off'])),
    mustHaves: z.optional(
      z.array(
        z.object({ subSkill: text, name: text, level, need: level, met: z.boolean(), asked: z.optional(z.literal(false)) }),
      ),
    ),
  })
  // A range names two neighbouring bands, never one twice.
  .check(
    z.refine(
      (r) =>
        r.nearBand === undefined ||
        (r.seniority !== undefined && Math.abs(SENIORITY_IDS.indexOf(r.nearBand) - SENIORITY_IDS.indexOf(r.seniority)) === 1),
      { message: 'nearBand must be the band next to seniority', path: ['nearBand'] },
    ),
    // The band above a full match: only beside a match of 100, at the band after the one it is
    // counted at (the lower of a range: model/words.ts matchBand).
    z.refine(
      (r) =>
        !r.matchAbove ||
        (r.match === 100 &&
          !!r.seniority &&
          SENIORITY_IDS.indexOf(r.matchAbove.band) ===
            Math.min(SENIORITY_IDS.indexOf(r.seniority), r.nearBand ? SENIORITY_IDS.indexOf(r.nearBand) : 9) + 1),
      { message: 'matchAbove needs a match of 100 and the band above it', path: ['matchAbove'] },
    ),
  )

const anchor = z.object({ roleId: text, name: text, position: unit })

/** Shape of a result as stored; every read goes through it. */
export const resultSchema = z.object({
  quizVersion: z.int(),
  // From quiz version 3 on: how many questions the result rests on.
  answered: z.optional(z.int().check(z.minimum(1))),
  scores,
  // From quiz version 3 on: what the headline role asks at its band, on the scale of `scores`.
  asks: z.optional(scores),
  // `asked: false` from version 3 on, for a sub-skill the adaptive path did not ask about.
  subSkills: z.array(z.object({ id: text, area, name: text, level, asked: z.optional(z.literal(false)) })),
  spectrum: z.object({
    position: unit,
    label: text,
    anchors: z.array(anchor),
    offSpectrum: z.optional(z.object({ roleId: text, name: text })),
  }),
  roles: z.array(roleFit).check(z.minLength(1)),
  shape: z.object({
    id: z.enum(['specialist', 't-shaped', 'comb-shaped', 'two-areas', 'generalist', 'foundations']),
    name: text,
    description: text,
    deepAreas: z.array(area),
    workingAreas: z.array(area),
  }),
  settings: z.array(
    z.object({
      roleId: text,
      roleName: text,
      settings: z.array(z.object({ id: z.enum(SETTING_IDS), name: text, line: text })),
    }),
  ),
  growth: z.array(
    z.object({
      target: text,
      name: text,
      fitBefore: percent,
      fitAfter: percent,
      positionBefore: unit,
      positionAfter: unit,
      steps: z.array(z.object({ subSkill: text, name: text, area, from: level, to: level, fitGain: z.number() })),
      depth: z.optional(z.array(z.object({ subSkill: text, name: text, area, from: level, to: level }))),
      summary: text,
    }),
  ),
  // From quiz version 2 on.
  certainty: z.optional(
    z.object({
      kind: z.enum(CERTAINTY_IDS),
      reason: text,
      stability: unit,
      inconsistency: z.number().check(z.minimum(0)),
      rival: z.optional(text),
    }),
  ),
})

/** A result as kept in KV: written once, changed only when its owner sharpens it, deleted on request. Every read goes through it. */
export const storedResult = z.object({
  id: idParam,
  createdAt: z.iso.datetime(),
  quizVersion: z.int(),
  answers: z.record(z.string(), z.int().check(z.minimum(0), z.maximum(4))),
  /** As scored by the quiz version it was taken with; versions 0 and 1 lack certainty and seniority. */
  result: resultSchema,
  // Optional: results stored before delete links existed have none and cannot be deleted by token.
  deleteHash: z.optional(z.string().check(z.regex(/^[0-9a-f]{64}$/))),
  /** Display name the person chose, if any. */
  name: z.optional(z.string().check(z.maxLength(40))),
  /** Whether search engines may index the result page. */
  public: z.optional(z.boolean()),
  /** Tag of the embed widget the result came through, if any. */
  source: z.optional(z.string().check(z.maxLength(40))),
  /** When its owner last answered the questions its adaptive path skipped (rescore.ts): the card changed then. */
  sharpenedAt: z.optional(z.iso.datetime()),
})

export type StoredResult = z.infer<typeof storedResult>

/**
 * The schema and the model's result type must describe the same value: a field the model adds
 * to its result and the schema lacks would be stripped on every read. Each line fails to
 * compile when one side has something the other does not.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const resultMatchesModel: Same<z.infer<typeof resultSchema>, AnyResult> = true
void resultMatchesModel
