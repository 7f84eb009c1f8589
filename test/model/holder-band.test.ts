import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assess, content } from '../../model'
import { givenOf, stageLogs } from '../../model/placement'
import { HOLDER_STEP, holderStep } from '../../model/seniority'
import { type Answers, SENIORITY_IDS, type Seniority } from '../../model/types'
import { typicalPeople } from '../helpers/people'

const blind = (id: string): Answers => typicalPeople.find((p) => p.id === id)!.answers
const band = fc.constantFrom<Seniority>(...SENIORITY_IDS)
const logs = fc.array(fc.double({ min: -80, max: 0, noNaN: true }), { minLength: 3, maxLength: 3 })
const at = (b: Seniority) => SENIORITY_IDS.indexOf(b)
/** The profile alone: no holder tables, so the band is the skills' offset's (model/seniority.ts). */
const byProfile = { ...content, holders: undefined }

describe('the holders moving the seniority band a step', () => {
  it('moves the band at most one step, and only towards the stage whose holders answered most like the person', () => {
    fc.assert(
      fc.property(band, logs, (b, l) => {
        const moved = holderStep(b, l)
        expect(Math.abs(at(moved) - at(b))).toBeLessThanOrEqual(1)
        if (moved === b) return
        const best = l.indexOf(Math.max(...l))
        expect(Math.sign(at(moved) - at(b))).toBe(Math.sign(best - Math.min(at(b), 2)))
      }),
    )
  })

  it('moves only when that stage beats the band’s own holders by HOLDER_STEP or more', () => {
    expect(holderStep('mid', [-20, -20 - HOLDER_STEP, -40])).toBe('entry')
    expect(holderStep('mid', [-20, -20 - HOLDER_STEP + 0.01, -40])).toBe('mid')
    expect(holderStep('entry', [-30, -25, -20])).toBe('mid')
    expect(holderStep('senior', [-10, -30, -30])).toBe('mid')
    fc.assert(
      fc.property(band, logs, (b, l) => {
        const own = l[Math.min(at(b), 2)]!
        if (Math.max(...l) - own < HOLDER_STEP) expect(holderStep(b, l)).toBe(b)
      }),
    )
  })

  it('reads lead against the senior holders: it can step down to senior, never further', () => {
    expect(holderStep('lead', [-30, -30, -20])).toBe('lead')
    expect(holderStep('lead', [-10, -30, -20])).toBe('senior')
    expect(holderStep('lead', [-30, -10, -20])).toBe('senior')
  })

  it('leaves the band as the skills read it without holder tables', () => {
    expect(holderStep('mid', undefined)).toBe('mid')
    expect(stageLogs(byProfile, givenOf(byProfile, blind('rs-entry-vision-phd')))).toBeUndefined()
  })

  it('weighs only the questions answered: with none, every stage of every role reads the same', () => {
    const none = stageLogs(content, givenOf(content, {}))!
    expect(none).toHaveLength(content.roles.length)
    for (const stages of none) expect(Array.from(stages)).toEqual([0, 0, 0])
  })

  it('reads a research scientist fresh from a PhD as early career, mid-level beside it, where the profile alone reads mid-level', () => {
    const answers = blind('rs-entry-vision-phd')
    const alone = assess(byProfile, answers).roles.find((r) => r.id === 'research-scientist')!
    expect(alone.seniority).toBe('mid')
    const top = assess(content, answers).roles[0]!
    expect(top).toMatchObject({ id: 'research-scientist', seniority: 'entry', nearBand: 'mid' })
  })

  it('reads a senior applied scientist as senior, mid-level beside it, where the profile alone reads mid-level', () => {
    const answers = blind('as-senior-pricing-econometrics')
    expect(assess(byProfile, answers).roles.find((r) => r.id === 'applied-scientist')!.seniority).toBe('mid')
    expect(assess(content, answers).roles[0]).toMatchObject({ id: 'applied-scientist', seniority: 'senior', nearBand: 'mid' })
  })
})
