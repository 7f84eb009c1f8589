import { describe, expect, it } from 'vitest'
import { assess, content } from '../../model'
import { nextStep } from '../../model/adaptive'
import type { Answers } from '../../model/types'
import { typicalPeople } from '../helpers/people'

/** The answers of a person's adaptive path. */
const pathOf = (answers: Answers): Answers => {
  const given: Answers = {}
  for (let step = nextStep(content, given); step.next !== null; step = nextStep(content, given))
    given[step.next] = answers[step.next]!
  return given
}

// The first 50 on the full quiz and on their adaptive paths.
const results = typicalPeople.flatMap((p) => [assess(content, p.answers), assess(content, pathOf(p.answers))])

describe('the levels a result shows of what a role asks', () => {
  it('are whole levels, though the role needs are kept to a tenth: gaps, core skills and growth steps', () => {
    expect(content.roles.some((r) => Object.values(r.needs).some((n) => !Number.isInteger(n)))).toBe(true)
    for (const r of results) {
      for (const role of r.roles) {
        for (const g of role.gaps) expect(Number.isInteger(g.need), `${role.id} ${g.subSkill} ${g.need}`).toBe(true)
        for (const m of role.mustHaves) expect(Number.isInteger(m.need), `${role.id} ${m.subSkill} ${m.need}`).toBe(true)
      }
      for (const g of r.growth)
        for (const s of g.steps) expect(Number.isInteger(s.to), `${g.target} ${s.subSkill} ${s.to}`).toBe(true)
    }
  })

  it('never list no gap at mid level beside a mid-level match short of 100 %', () => {
    let checked = 0
    for (const r of results)
      for (const role of r.roles)
        if (role.seniority === 'mid' && role.gaps.length === 0) {
          checked++
          expect(role.match, role.id).toBe(100)
        }
    expect(checked).toBeGreaterThan(10)
  })
})
