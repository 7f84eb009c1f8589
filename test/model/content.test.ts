import { describe, expect, it } from 'vitest'
import v0 from '../fixtures/result-v0.json'
import v1 from '../fixtures/result-v1.json'
import v2 from '../fixtures/result-v2.json'
import { content } from '../../model'
import { contentSchema, sourcesSchema } from '../../model/content-schema'
import { roleSources } from '../../model/content/sources'
import { unusedWords } from '../../model/content/questions'
import { scoringContent } from '../../model/content/scoring'

const words = (s: string) => s.split(/\s+/).length

describe('quiz content', () => {
  it('satisfies the content schema', () => {
    const parsed = contentSchema.safeParse(content)
    expect(parsed.success ? [] : parsed.error.issues).toEqual([])
  })

  it('has a version above every frozen result’s, so stored results keep the version they were scored with', () => {
    for (const frozen of [v0, v1, v2]) expect(content.version).toBeGreaterThan(frozen.quizVersion)
  })

  it('gives every question words and leaves no words without a question', () => {
    for (const q of content.questions) expect(q.options, q.id).toHaveLength(5)
    expect(unusedWords()).toEqual([])
  })

  it('scores from the same content the quiz shows, minus the words', () => {
    const { questions, seniorityQuestion, ...rest } = content
    const { questions: refs, seniorityQuestion: seniorityRef, ...scoringRest } = scoringContent
    expect(scoringRest).toEqual(rest)
    expect(refs).toEqual(questions.map(({ id, subSkill, area }) => ({ id, subSkill, area })))
    expect(seniorityRef).toEqual({ id: seniorityQuestion.id })
  })

  it('reads at a glance: no prompt or option over 12 words, no hint over 25, and under 1,300 words in all', () => {
    const all = [...content.questions, content.seniorityQuestion]
    for (const q of all) {
      expect(words(q.prompt), q.id).toBeLessThanOrEqual(12)
      for (const o of q.options) expect(words(o.label), `${q.id} ${o.value}`).toBeLessThanOrEqual(12)
      if (q.hint) expect(words(q.hint), q.id).toBeLessThanOrEqual(25)
    }
    const total = all.reduce((n, q) => n + words(q.prompt) + q.options.reduce((m, o) => m + words(o.label), 0), 0)
    // Version 2 had 2,245 words in 30 questions; version 3 about 1,270 in 31 (the mentoring question included).
    expect(total).toBeLessThan(1300)
  })

  it('rejects content with a prompt or an option longer than 12 words', () => {
    const long = structuredClone(content)
    long.questions[3]!.options[2]!.label = 'one two three four five six seven eight nine ten eleven twelve thirteen.'
    expect(contentSchema.safeParse(long).success).toBe(false)
  })

  it('asks a second question on some sub-skills, for the consistency check', () => {
    const counts = new Map<string, number>()
    for (const q of content.questions) counts.set(q.subSkill, (counts.get(q.subSkill) ?? 0) + 1)
    expect([...counts.values()].filter((n) => n === 2).length).toBeGreaterThanOrEqual(2)
  })

  it('offers the roles of the articles, product owner and ML hardware engineer among them, each once and citing its sources', () => {
    const ids = content.roles.map((r) => r.id)
    expect(ids).toEqual(
      expect.arrayContaining(['software-engineer', 'data-scientist', 'ml-engineer', 'product-owner', 'ml-hardware-engineer']),
    )
    expect(new Set(ids).size).toBe(ids.length)
    expect(sourcesSchema.safeParse(roleSources).success).toBe(true)
    expect(Object.keys(roleSources).sort()).toEqual(content.roles.map((r) => r.id).sort())
  })

  it('says something different for each team setting a role suits: no sentence twice on one result', () => {
    for (const role of content.roles) {
      const lines = Object.values(role.settings).filter(Boolean)
      expect(new Set(lines).size, role.id).toBe(lines.length)
    }
  })

  it('describes every role at the same career stage: no need above level 3', () => {
    for (const r of content.roles) expect(Math.max(...Object.values(r.needs).map(Number)), r.id).toBeLessThanOrEqual(3)
  })

  it('rejects content whose options are not valued 0..4', () => {
    const broken = structuredClone(content)
    broken.questions[0]!.options[2]!.value = 4
    expect(contentSchema.safeParse(broken).success).toBe(false)
  })

  it('rejects content in which two roles have the same needs', () => {
    const broken = structuredClone(content)
    broken.roles[1]!.needs = { ...broken.roles[0]!.needs }
    expect(contentSchema.safeParse(broken).success).toBe(false)
  })

  it('rejects content that drops a promised role', () => {
    const broken = structuredClone(content)
    broken.roles = broken.roles.filter((r) => r.id !== 'mlops-engineer')
    expect(contentSchema.safeParse(broken).success).toBe(false)
  })

  it('rejects a role need keyed by a sub-skill that does not exist, so a renamed question cannot shift a profile silently', () => {
    const broken = structuredClone(content)
    broken.roles[0]!.needs = { ...broken.roles[0]!.needs, 'swe-nonexistent': 2 }
    expect(contentSchema.safeParse(broken).success).toBe(false)
  })

  it('rejects a need above mid-level and a must-have the role barely needs', () => {
    const high = structuredClone(content)
    high.roles[0]!.needs = { ...high.roles[0]!.needs, 'swe-production': 4 }
    expect(contentSchema.safeParse(high).success).toBe(false)
    const weak = structuredClone(content)
    weak.roles[0]!.mustHaves = ['comm-explain']
    expect(contentSchema.safeParse(weak).success).toBe(false)
  })

  it('rejects a spectrum anchor that sits beside the spectrum', () => {
    const broken = structuredClone(content)
    broken.spectrumAnchors = ['software-engineer', 'product-manager']
    expect(contentSchema.safeParse(broken).success).toBe(false)
  })

  it('rejects a consistency rule on an unknown sub-skill', () => {
    const broken = structuredClone(content)
    broken.implications[0] = { ...broken.implications[0]!, anyOf: ['nope'] }
    expect(contentSchema.safeParse(broken).success).toBe(false)
  })
})
