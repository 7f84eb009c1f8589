import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assess, content } from '../../model'
import { nextStep } from '../../model/adaptive'
import { roleAsks } from '../../model/asks'
import { areaScores, wholeLevel } from '../../model/levels'
import { bandBar } from '../../model/match'
import { CORE_LEVEL } from '../../model/seniority'
import { AREA_IDS, SENIORITY_IDS, type Seniority } from '../../model/types'

/** A role's profile as shown (whole levels) at a band's bar, rounded up to whole levels: what a person at the bar answers. */
const atBar = (roleId: string, band: Seniority): Record<string, number> => {
  const role = content.roles.find((r) => r.id === roleId)!
  const scale = 1 + bandBar(band) / CORE_LEVEL
  return Object.fromEntries(
    content.subSkills.map((s) => [s.id, Math.min(4, Math.ceil(wholeLevel(role.needs[s.id] ?? 0) * scale))]),
  )
}

describe('what the headline role asks, area by area', () => {
  it('is reached by a person with exactly the mid-level profile, and by a person at any band’s bar', () => {
    for (const role of content.roles) {
      // Mid-level opens a fifth of a level below the profile (model/seniority.ts), so it asks a little less.
      const mid = areaScores(content, Object.fromEntries(content.subSkills.map((s) => [s.id, wholeLevel(role.needs[s.id] ?? 0)])))
      const asksMid = roleAsks(content, { id: role.id, seniority: 'mid' })
      for (const area of AREA_IDS) expect(mid[area], `${role.id} ${area}`).toBeGreaterThanOrEqual(asksMid[area])
      for (const band of SENIORITY_IDS) {
        const asks = roleAsks(content, { id: role.id, seniority: band })
        const scores = areaScores(content, atBar(role.id, band))
        for (const area of AREA_IDS) expect(scores[area], `${role.id} ${band} ${area}`).toBeGreaterThanOrEqual(asks[area])
      }
    }
  })

  it('asks no less at each band up, and more somewhere', () => {
    for (const role of content.roles) {
      const bands = SENIORITY_IDS.map((seniority) => roleAsks(content, { id: role.id, seniority })) // entry … lead
      for (let k = 1; k < bands.length; k++) {
        for (const area of AREA_IDS) expect(bands[k]![area], `${role.id} ${area}`).toBeGreaterThanOrEqual(bands[k - 1]![area])
        expect(
          AREA_IDS.some((area) => bands[k]![area] > bands[k - 1]![area]),
          role.id,
        ).toBe(true)
      }
    }
  })

  it('asks nothing in an area where the role needs nothing', () => {
    for (const role of content.roles)
      for (const area of AREA_IDS) {
        const needsNothing = content.subSkills.filter((s) => s.area === area).every((s) => !role.needs[s.id])
        if (needsNothing) expect(roleAsks(content, { id: role.id, seniority: 'lead' })[area], `${role.id} ${area}`).toBe(0)
      }
  })

  it('scores the role on the same questions as the person: on a path, only the sub-skills asked', () => {
    // A role and an area where it needs some sub-skills and not others: asked only the others,
    // the role asks nothing there, whatever it needs in the sub-skills not asked.
    const cases = content.roles.flatMap((role) =>
      AREA_IDS.map((area) => {
        const own = content.subSkills.filter((s) => s.area === area)
        return { role, area, needed: own.filter((s) => role.needs[s.id]), unneeded: own.filter((s) => !role.needs[s.id]) }
      }),
    )
    const { role, area, unneeded } = cases.find((c) => c.needed.length > 0 && c.unneeded.length > 0)!
    expect(roleAsks(content, { id: role.id, seniority: 'mid' })[area]).toBeGreaterThan(0)
    expect(roleAsks(content, { id: role.id, seniority: 'mid' }, new Set(unneeded.map((s) => s.id)))[area]).toBe(0)
  })

  it('comes with every result of an adaptive path, for its headline role at its band, on the sub-skills asked', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 31, maxLength: 31 }), (a) => {
        const answers: Record<string, number> = {}
        let k = 0
        for (let step = nextStep(content, answers); !step.done; step = nextStep(content, answers)) answers[step.next!] = a[k++]!
        const result = assess(content, answers)
        const asked = new Set(result.subSkills.filter((s) => s.asked !== false).map((s) => s.id))
        expect(asked.size).toBeLessThan(content.subSkills.length)
        expect(result.asks).toEqual(roleAsks(content, result.roles[0]!, asked))
      }),
      { numRuns: 15 },
    )
  })

  it('counts a range of two bands at the lower one, as the headline match does', () => {
    const role = content.roles[0]!
    expect(roleAsks(content, { id: role.id, seniority: 'mid', nearBand: 'entry' })).toEqual(
      roleAsks(content, { id: role.id, seniority: 'entry' }),
    )
    expect(roleAsks(content, { id: role.id, seniority: 'mid', nearBand: 'senior' })).toEqual(
      roleAsks(content, { id: role.id, seniority: 'mid' }),
    )
  })

  it('comes with every result, for its headline role at its band, within 0..100', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 30, maxLength: 30 }), (a) => {
        const answers = Object.fromEntries(content.questions.map((q, i) => [q.id, a[i]!]))
        const result = assess(content, answers)
        expect(result.asks).toEqual(roleAsks(content, result.roles[0]!))
        for (const area of AREA_IDS) {
          expect(result.asks![area]).toBeGreaterThanOrEqual(0)
          expect(result.asks![area]).toBeLessThanOrEqual(100)
        }
      }),
      { numRuns: 40 },
    )
  })
})
