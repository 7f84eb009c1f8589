import { describe, expect, it } from 'vitest'
import { content } from '../../model'
import { contentSchema } from '../../model/content-schema'

describe('quiz content', () => {
  it('satisfies the content schema', () => {
    const parsed = contentSchema.safeParse(content)
    expect(parsed.success ? [] : parsed.error.issues).toEqual([])
  })

  it('asks between 20 and 30 questions, each about something the person has done', () => {
    expect(content.questions.length).toBeGreaterThanOrEqual(20)
    expect(content.questions.length).toBeLessThanOrEqual(30)
    for (const q of content.questions) for (const o of q.options.slice(1)) expect(o.label).toMatch(/\bI\b|\bmy\b|\bme\b/)
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
})
