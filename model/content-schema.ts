import * as z from 'zod'
import { AREA_IDS, HOLDER_BANDS, SETTING_IDS } from './types'
import { wordCount } from './words'

/** Role ids the product promises (issues #3 and #11); content may add more but never drop these. */
export const REQUIRED_ROLE_IDS = [
  'software-engineer',
  'ml-engineer',
  'applied-scientist',
  'research-engineer',
  'data-scientist',
  'research-scientist',
  'data-analyst',
  'data-engineer',
  'mlops-engineer',
  'ml-platform-engineer',
  'product-manager',
  'developer-advocate',
  'ml-solutions-architect',
  'product-owner',
  'ml-hardware-engineer',
] as const

/** Role profiles describe a mid-level practitioner, so no need goes past this level. */
export const MID_LEVEL = 3

const slug = z.string().regex(/^[a-z][a-z0-9-]*$/)
const sentence = z.string().min(8)
const level = z.number().int().min(0).max(4)
/** Prompts and options are short enough to read at a glance on a phone (issue #18). */
export const MAX_WORDS = 12
/** A hint holds the examples an option would otherwise carry. */
export const MAX_HINT_WORDS = 25

const prompt = z
  .string()
  .min(10)
  .endsWith('?')
  .refine((t) => wordCount(t) <= MAX_WORDS, `at most ${MAX_WORDS} words`)
const hint = z
  .string()
  .min(10)
  .refine((t) => wordCount(t) <= MAX_HINT_WORDS, `at most ${MAX_HINT_WORDS} words`)
  .optional()
const options = z
  .array(
    z.object({
      value: level,
      label: z
        .string()
        .min(3)
        .refine((t) => wordCount(t) <= MAX_WORDS, `at most ${MAX_WORDS} words`),
    }),
  )
  .length(5)
  .refine((o) => o.every((opt, i) => opt.value === i), 'options must be valued 0..4 in order')
  .refine((o) => new Set(o.map((x) => x.label)).size === 5, 'option labels must differ')

/**
 * What quiz content must satisfy. Run by the tests against every content version, so a
 * content edit that breaks a promise of the model fails the build rather than a page.
 */
export const contentSchema = z
  .object({
    version: z.number().int().positive(),
    areas: z
      .array(
        z.object({
          id: z.enum(AREA_IDS),
          name: z.string().min(3),
          side: z.enum(['science', 'engineering', 'neither']),
          blurb: sentence,
        }),
      )
      .length(AREA_IDS.length),
    subSkills: z.array(z.object({ id: slug, area: z.enum(AREA_IDS), name: z.string().min(3) })),
    questions: z
      .array(z.object({ id: slug, subSkill: slug, area: z.enum(AREA_IDS), prompt, hint, options }))
      .min(20)
      .max(30),
    seniorityQuestion: z.object({ id: slug, prompt, hint, options }),
    roles: z.array(
      z.object({
        id: slug,
        name: z.string().min(3),
        placement: z.enum(['spectrum', 'off']),
        summary: sentence,
        dayToDay: sentence,
        // Tenths of a level (test/eval/blend.ts): 0.1..3, a whole number of tenths.
        needs: z.record(
          slug,
          z
            .number()
            .min(0.1)
            .max(MID_LEVEL)
            .refine((n) => Math.abs(n * 10 - Math.round(n * 10)) < 1e-9, 'a need is a whole number of tenths'),
        ),
        mustHaves: z
          .array(z.union([slug, z.array(slug).min(2)]))
          .min(1)
          .max(3),
        settings: z.partialRecord(z.enum(SETTING_IDS), sentence),
      }),
    ),
    settings: z
      .array(z.object({ id: z.enum(SETTING_IDS), name: z.string().min(3), summary: sentence }))
      .length(SETTING_IDS.length),
    spectrumAnchors: z.array(slug).min(2),
    startLeft: z.number().positive().max(30).optional(),
    // Five base-36 counts a skill question (model/content/holders.ts); lengths are checked below.
    holders: z
      .record(
        slug,
        z.object(
          Object.fromEntries(HOLDER_BANDS.map((b) => [b, z.string().regex(/^[0-9a-z]+$/)])) as Record<
            (typeof HOLDER_BANDS)[number],
            z.ZodString
          >,
        ),
      )
      .optional(),
    implications: z.array(
      z.object({
        when: slug,
        atLeast: z.number().int().min(1).max(4),
        anyOf: z.array(slug).min(1),
        min: z.number().int().min(1).max(3),
        why: sentence,
      }),
    ),
  })
  .superRefine((c, ctx) => {
    const issue = (message: string) => ctx.addIssue({ code: 'custom', message })
    const subIds = new Set(c.subSkills.map((s) => s.id))
    if (subIds.size !== c.subSkills.length) issue('sub-skill ids must be unique')
    for (const area of AREA_IDS) {
      const n = c.subSkills.filter((s) => s.area === area).length
      if (n < 4 || n > 6) issue(`area ${area} has ${n} sub-skills, wants 4..6`)
    }
    const questionIds = [...c.questions.map((q) => q.id), c.seniorityQuestion.id]
    if (new Set(questionIds).size !== questionIds.length) issue('question ids must be unique')
    for (const q of c.questions) {
      const sub = c.subSkills.find((s) => s.id === q.subSkill)
      if (!sub) issue(`question ${q.id} measures unknown sub-skill ${q.subSkill}`)
      else if (sub.area !== q.area) issue(`question ${q.id} is in ${q.area} but its sub-skill in ${sub.area}`)
    }
    for (const s of c.subSkills) if (!c.questions.some((q) => q.subSkill === s.id)) issue(`sub-skill ${s.id} has no question`)
    const roleIds = c.roles.map((r) => r.id)
    if (new Set(roleIds).size !== roleIds.length) issue('role ids must be unique')
    for (const id of REQUIRED_ROLE_IDS) if (!roleIds.includes(id)) issue(`missing role ${id}`)
    for (const r of c.roles) {
      for (const k of Object.keys(r.needs)) if (!subIds.has(k)) issue(`role ${r.id} needs unknown sub-skill ${k}`)
      const groups = r.mustHaves.map((m) => (Array.isArray(m) ? m : [m]))
      for (const g of groups) {
        // A must-have is a core skill: the profile needs its first sub-skill at the mid-level core level.
        if ((r.needs[g[0]!] ?? 0) !== MID_LEVEL) issue(`role ${r.id} must-have ${g[0]} is not a core need (level ${MID_LEVEL})`)
        for (const id of g) if (!subIds.has(id)) issue(`role ${r.id} must-have ${id} is not a sub-skill`)
      }
      const flat = groups.flat()
      if (new Set(flat).size !== flat.length) issue(`role ${r.id} repeats a must-have`)
    }
    for (const rule of c.implications)
      for (const id of [rule.when, ...rule.anyOf]) if (!subIds.has(id)) issue(`implication on unknown sub-skill ${id}`)
    if (c.holders) {
      const ids = Object.keys(c.holders).sort()
      if (JSON.stringify(ids) !== JSON.stringify([...roleIds].sort())) issue('holders must count every role and no other')
      for (const [id, stages] of Object.entries(c.holders))
        for (const b of HOLDER_BANDS) {
          const digits = stages[b]
          // Five counts a question, one base-36 digit each (two where a count passes 35).
          const width = digits.length / (c.questions.length * 5)
          if (width !== 1 && width !== 2) issue(`holders of ${id} at ${b}: ${digits.length} digits, wants 5 or 10 a question`)
          // Every holder answered every question: each question's five counts add up to the same number.
          const count = (k: number) => Number.parseInt(digits.slice(k * width, k * width + width), 36)
          const people = (q: number) => count(q * 5) + count(q * 5 + 1) + count(q * 5 + 2) + count(q * 5 + 3) + count(q * 5 + 4)
          for (let q = 1; q < c.questions.length; q++)
            if (people(q) !== people(0))
              issue(`holders of ${id} at ${b}: question ${c.questions[q]!.id} counts ${people(q)} people, the first ${people(0)}`)
        }
    }
    const profiles = c.roles.map((r) => JSON.stringify(c.subSkills.map((s) => r.needs[s.id] ?? 0)))
    if (new Set(profiles).size !== profiles.length) issue('two roles have the same needs')
    for (const a of c.spectrumAnchors) {
      const role = c.roles.find((r) => r.id === a)
      if (!role) issue(`unknown spectrum anchor ${a}`)
      else if (role.placement !== 'spectrum') issue(`spectrum anchor ${a} is placed off the spectrum`)
    }
  })

/** Sources of the role profiles (model/content/sources.ts): at least one per role, each from one of the five articles. */
export const sourcesSchema = z.record(
  slug,
  z.array(z.object({ seed: z.enum(['000', '001', '002', '003', '004']), where: z.string().min(3), fact: sentence })).min(1),
)
