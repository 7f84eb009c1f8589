import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assess, content } from '../../model'
import { SENIORITY_BANDS, seniorityDelta, seniorityOf } from '../../model/seniority'
import { SENIORITY_IDS } from '../../model/types'

const mentoring = content.seniorityQuestion.id
const skills = fc
  .tuple(...content.questions.map(() => fc.integer({ min: 0, max: 4 })))
  .map((levels) => Object.fromEntries(content.questions.map((q, i) => [q.id, levels[i]!])))
const rank = (b: string) => SENIORITY_IDS.indexOf(b as (typeof SENIORITY_IDS)[number])

describe('the mentoring question', () => {
  it('moves only the seniority: areas, fits, the order of roles and the certainty stay the skills’ own', () => {
    fc.assert(
      fc.property(skills, fc.integer({ min: 0, max: 4 }), (answers, m) => {
        const without = assess(content, answers)
        const withIt = assess(content, { ...answers, [mentoring]: m })
        expect(withIt.scores).toEqual(without.scores)
        expect(withIt.roles.map((r) => [r.id, r.fit])).toEqual(without.roles.map((r) => [r.id, r.fit]))
        expect(withIt.certainty).toEqual(without.certainty)
        expect(withIt.spectrum).toEqual(without.spectrum)
      }),
      { numRuns: 30 },
    )
  })

  it('never lowers a band for a higher answer, and counts as one more answer', () => {
    fc.assert(
      fc.property(skills, (answers) => {
        const bands = [0, 1, 2, 3, 4].map((m) => assess(content, { ...answers, [mentoring]: m }))
        for (let m = 1; m <= 4; m++)
          for (let r = 0; r < bands[m]!.roles.length; r++)
            expect(rank(bands[m]!.roles[r]!.seniority)).toBeGreaterThanOrEqual(rank(bands[m - 1]!.roles[r]!.seniority))
        expect(bands[2]!.answered).toBe(assess(content, answers).answered! + 1)
      }),
      { numRuns: 30 },
    )
  })

  it('moves someone from the middle of a band by one band at most, however they answer', () => {
    const cuts = SENIORITY_BANDS.map((b) => b.from).filter(Number.isFinite)
    const sorted = [...cuts].sort((a, b) => a - b)
    // The middle of the mid and senior bands, and a point well inside entry and lead.
    const middles = [sorted[0]! - 0.5, (sorted[0]! + sorted[1]!) / 2, (sorted[1]! + sorted[2]!) / 2, sorted[2]! + 0.5]
    for (const d of middles)
      for (let m = 0; m <= 4; m++)
        expect(
          Math.abs(rank(seniorityOf(seniorityDelta(d, m))) - rank(seniorityOf(d))),
          `offset ${d}, answer ${m}`,
        ).toBeLessThanOrEqual(1)
  })

  it('leaves the band to the skills when it was not answered', () => {
    for (const d of [-1, 0, 0.5, 1, 2]) expect(seniorityDelta(d)).toBe(d)
  })
})
