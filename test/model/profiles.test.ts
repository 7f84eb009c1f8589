import { describe, expect, it } from 'vitest'
import { content } from '../../model'
import { articleNeeds } from '../../model/content/article-needs'
import { blendNeeds } from '../eval/blend'
import { BLEND_GROUPS } from '../eval/report'

const roles = content.roles
const blended = blendNeeds(content, articleNeeds, BLEND_GROUPS.flat())

describe('the role profiles', () => {
  it('are the articles’ needs blended with the 650 typical holders written blind, exactly as test/eval/blend.ts says', () => {
    expect(BLEND_GROUPS.flat()).toHaveLength(650)
    for (const r of roles) expect(r.needs, r.id).toEqual(blended[r.id])
  })

  it('keep the core of every must-have at the mid-level core, as the articles define the role', () => {
    for (const r of roles) for (const m of r.mustHaves) expect(r.needs[Array.isArray(m) ? m[0]! : m], `${r.id} ${m}`).toBe(3)
  })

  it('keep every role the articles describe, each with its own profile', () => {
    expect(Object.keys(articleNeeds).sort()).toEqual(roles.map((r) => r.id).sort())
    expect(new Set(roles.map((r) => JSON.stringify(r.needs))).size).toBe(roles.length)
  })

  it('move a need toward what holders have done: a role whose holders all answer 4 needs the top level', () => {
    const one = { ...content, roles: [roles[0]!] }
    const everything = Object.fromEntries(content.questions.map((q) => [q.id, 4]))
    const nothing = Object.fromEntries(content.questions.map((q) => [q.id, 0]))
    const id = roles[0]!.id
    const people = (answers: Record<string, number>) =>
      Array.from({ length: 4 }, (_, k) => ({ id: `p${k}`, who: '', role: id, seniority: 'mid' as const, answers }))
    const high = blendNeeds(one, articleNeeds, people(everything))[id]!
    const low = blendNeeds(one, articleNeeds, people(nothing))[id]!
    for (const s of content.subSkills) {
      expect(high[s.id] ?? 0, s.id).toBeGreaterThanOrEqual(low[s.id] ?? 0)
      // Unlisted sub-skills join only with holders' evidence.
      if (!(s.id in (articleNeeds[id] ?? {}))) expect(low[s.id], s.id).toBeUndefined()
    }
    // Listed by the articles: the core level. Joined from the holders alone: 0.65 of their 4, to a tenth.
    for (const [s, n] of Object.entries(high)) expect(n, s).toBe(s in (articleNeeds[id] ?? {}) ? 3 : 2.6)
  })

  it('are kept to a tenth of a level, and people are shown the whole level', () => {
    for (const r of roles)
      for (const n of Object.values(r.needs)) {
        expect(Math.round(n! * 10) / 10, r.id).toBe(n)
        expect(n).toBeGreaterThan(0)
      }
    expect(roles.some((r) => Object.values(r.needs).some((n) => !Number.isInteger(n)))).toBe(true)
  })
})
