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
  it('moves only the seniority: areas, fits, the order of roles and the certainty stay the skills’ own, but for a newcomer’s', () => {
    // A newcomer's `clear` (model/certainty.ts) needs early career among the bands named, and the
    // band is what this answer moves: that one reading may come or go with it, nothing else.
    const newcomer = (r: ReturnType<typeof assess>) =>
      r.certainty.kind === 'clear' &&
      /You have started on its core skill/.test(r.certainty.reason) &&
      (r.roles[0]!.seniority === 'entry' || r.roles[0]!.nearBand === 'entry')
    fc.assert(
      fc.property(skills, fc.integer({ min: 0, max: 4 }), (answers, m) => {
        const without = assess(content, answers)
        const withIt = assess(content, { ...answers, [mentoring]: m })
        expect(withIt.scores).toEqual(without.scores)
        expect(withIt.roles.map((r) => [r.id, r.fit])).toEqual(without.roles.map((r) => [r.id, r.fit]))
        if (!newcomer(withIt) && !newcomer(without)) expect(withIt.certainty).toEqual(without.certainty)
        else expect(withIt.certainty.stability).toBe(without.certainty.stability)
        expect(withIt.spectrum).toEqual(without.spectrum)
      }),
      { numRuns: 30 },
    )
  })

  it('turns a mid-level best guess into a newcomer’s clear when “nobody’s yet” brings early career into its range', () => {
    // A research engineer one core skill short (implementing published methods, only started).
    const answers = {
      ...Object.fromEntries(content.questions.map((q) => [q.id, 2])),
      'stats-experiments': 0,
      'stats-modelling': 0,
      'stats-metrics': 0,
      'stats-exploration': 3,
      'stats-math': 1,
      'stats-modelling-uncertainty': 0,
      'ml-evaluation': 3,
      'ml-papers': 1,
      'ml-classical-choice': 0,
      'swe-production': 3,
      'swe-services': 1,
      'swe-performance': 3,
      'swe-hardware': 1,
      'swe-production-tests': 4,
      'infra-distributed': 4,
      'comm-vision': 4,
    }
    const without = assess(content, answers)
    const withIt = assess(content, { ...answers, [mentoring]: 0 })
    expect(without.roles[0]).toMatchObject({ id: 'research-engineer', seniority: 'mid' })
    expect(without.certainty.kind).toBe('unclear')
    expect(withIt.roles[0]).toMatchObject({ id: 'research-engineer', seniority: 'mid', nearBand: 'entry' })
    expect(withIt.certainty.kind).toBe('clear')
    expect(withIt.certainty.reason).toMatch(/^Your answers point consistently to an early-career research engineer/)
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
