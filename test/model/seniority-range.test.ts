import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assess, content } from '../../model'
import { NEAR_CUT, nearBand, SENIORITY_BANDS, seniorityDelta, seniorityOf } from '../../model/seniority'
import { seniorityWords, roleWithSeniority } from '../../contract/placement-words'
import { typicalPeople } from '../helpers/people'

const cuts = SENIORITY_BANDS.map((b) => b.from).filter(Number.isFinite)

describe('a seniority shown as a range of two bands', () => {
  it('names the band across a cut only within NEAR_CUT of it: the band the same distance on the other side', () => {
    fc.assert(
      fc.property(fc.double({ min: -2, max: 3, noNaN: true }), (d) => {
        const cut = cuts.find((c) => Math.abs(d - c) < NEAR_CUT)
        if (cut === undefined) expect(nearBand(d)).toBeUndefined()
        else {
          expect(nearBand(d)).toBe(seniorityOf(2 * cut - d + (d >= cut ? -1e-9 : 1e-9)))
          expect(nearBand(d)).not.toBe(seniorityOf(d))
        }
      }),
    )
  })

  it('says both bands from the lower, and one band elsewhere', () => {
    expect(seniorityWords({ seniority: 'mid', nearBand: 'entry' })).toBe('early career to mid-level')
    expect(seniorityWords({ seniority: 'mid', nearBand: 'senior' })).toBe('mid-level to senior')
    expect(seniorityWords({ seniority: 'lead', nearBand: 'senior' })).toBe('senior to lead level')
    expect(seniorityWords({ seniority: 'senior' })).toBe('senior')
    expect(roleWithSeniority({ name: 'Data scientist', seniority: 'entry', nearBand: 'mid' })).toBe(
      'Data scientist · early career to mid-level',
    )
  })

  it('never jumps from one band alone to another when the mentoring answer moves one step, from any offset', () => {
    // Holds while half the largest step of the blended mentoring answer is within NEAR_CUT.
    fc.assert(
      fc.property(fc.double({ min: -3, max: 4, noNaN: true }), fc.integer({ min: 0, max: 3 }), (d, m) => {
        const a = seniorityDelta(d, m)
        const b = seniorityDelta(d, m + 1)
        if (seniorityOf(a) === seniorityOf(b)) return
        expect(nearBand(a) === seniorityOf(b) || nearBand(b) === seniorityOf(a), `${d}, ${m} → ${m + 1}`).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })

  it('never jumps from one band alone to another when the mentoring answer moves one step, for typical people', () => {
    // A stranger saw a four-year data scientist flip from "early career" to "mid-level" with her
    // mentoring answer: one of the two now names both bands.
    const mentoring = content.seniorityQuestion.id
    let flips = 0
    for (const person of typicalPeople)
      for (let m = 0; m < 4; m++) {
        const a = assess(content, { ...person.answers, [mentoring]: m }).roles[0]!
        const b = assess(content, { ...person.answers, [mentoring]: m + 1 }).roles[0]!
        if (a.id !== b.id || a.seniority === b.seniority) continue
        flips++
        expect(a.nearBand === b.seniority || b.nearBand === a.seniority, `${person.id}, ${m} → ${m + 1}`).toBe(true)
      }
    // 10 of the first 50's steps move the band named first (more before the holders steadied it).
    expect(flips).toBeGreaterThan(5)
  })
})
