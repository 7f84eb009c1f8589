import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assess, content } from '../../model'
import { rawFit } from '../../model/fit'
import { position } from '../../model/spectrum'
import { allAnswers, answersFrom, typicalPeople } from '../helpers/people'

const ids = content.questions.map((q) => q.id)
const answerSet = fc.tuple(...ids.map(() => fc.integer({ min: 0, max: 4 }))).map((levels) =>
  Object.fromEntries(ids.map((id, i) => [id, levels[i]!])),
)
const scienceQuestions = content.questions.filter((q) => q.area === 'stats' || q.area === 'ml').map((q) => q.id)
const engineeringQuestions = content.questions.filter((q) => q.area === 'swe' || q.area === 'infra').map((q) => q.id)

describe('area scores', () => {
  it('are 0 everywhere when every answer is 0 and 100 when every answer is 4', () => {
    expect(Object.values(assess(content, allAnswers(0)).scores)).toEqual([0, 0, 0, 0, 0])
    expect(Object.values(assess(content, allAnswers(4)).scores)).toEqual([100, 100, 100, 100, 100])
  })

  it('stay within 0..100 for any answers', () => {
    fc.assert(
      fc.property(answerSet, (answers) => {
        for (const s of Object.values(assess(content, answers).scores)) {
          expect(s).toBeGreaterThanOrEqual(0)
          expect(s).toBeLessThanOrEqual(100)
        }
      }),
    )
  })

  it('never drop when one answer is raised', () => {
    fc.assert(
      fc.property(answerSet, fc.constantFrom(...ids), (answers, id) => {
        fc.pre(answers[id]! < 4)
        const before = assess(content, answers).scores
        const after = assess(content, { ...answers, [id]: answers[id]! + 1 }).scores
        for (const area of Object.keys(before) as (keyof typeof before)[]) expect(after[area]).toBeGreaterThanOrEqual(before[area])
      }),
    )
  })
})

describe('the whole assessment', () => {
  it('is deterministic: the same answers give the same result', () => {
    fc.assert(
      fc.property(answerSet, (answers) => {
        expect(assess(content, answers)).toEqual(assess(content, answers))
      }),
      { numRuns: 50 },
    )
  })

  it('gives every role a fit from 0 to 100, sorted best first', () => {
    fc.assert(
      fc.property(answerSet, (answers) => {
        const roles = assess(content, answers).roles
        expect(roles).toHaveLength(content.roles.length)
        for (let i = 0; i < roles.length; i++) {
          expect(roles[i]!.fit).toBeGreaterThanOrEqual(0)
          expect(roles[i]!.fit).toBeLessThanOrEqual(100)
          if (i > 0) expect(roles[i - 1]!.fit).toBeGreaterThanOrEqual(roles[i]!.fit)
        }
      }),
      { numRuns: 200 },
    )
  })
})

describe('role fit', () => {
  it('ranks each role first for a person answering exactly its profile', () => {
    for (const role of content.roles) {
      const result = assess(content, role.needs)
      expect(result.roles[0]!.id, role.id).toBe(role.id)
      expect(result.roles[0]!.fit).toBe(100)
    }
  })

  it('ranks each role first for most people one level off its profile here and there', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...content.roles),
        fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(-1, 1)), { maxLength: 4 }),
        (role, nudges) => {
          const answers = { ...role.needs }
          for (const [id, d] of nudges) answers[id] = Math.min(4, Math.max(0, answers[id]! + d))
          const top3 = assess(content, answers).roles.slice(0, 3).map((r) => r.id)
          expect(top3).toContain(role.id)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('weighs a shortfall more than the same surplus', () => {
    for (const role of content.roles) {
      const id = ids.find((q) => role.needs[q]! >= 1 && role.needs[q]! <= 3)!
      const short = rawFit(role, { ...role.needs, [id]: role.needs[id]! - 1 })
      const over = rawFit(role, { ...role.needs, [id]: role.needs[id]! + 1 })
      expect(short, role.id).toBeLessThan(over)
    }
  })

  it('breaks ties by the fixed role order', () => {
    const twin = structuredClone(content)
    twin.roles.push({ ...twin.roles[0]!, id: 'twin' })
    const ranked = assess(twin, twin.roles[0]!.needs).roles.map((r) => r.id)
    expect(ranked.slice(0, 2)).toEqual([content.roles[0]!.id, 'twin'])
  })

  for (const person of typicalPeople)
    it(`places ${person.who} as ${person.role}`, () => {
      expect(assess(content, answersFrom(person.answers)).roles[0]!.id).toBe(person.role)
    })

  it('explains a fit by the areas that drive it and the largest gaps', () => {
    const result = assess(content, answersFrom('33232 31310 1110 110000 33111'))
    const ds = result.roles.find((r) => r.id === 'data-scientist')!
    expect(ds.drivers.map((d) => d.area)).toContain('stats')
    const mle = result.roles.find((r) => r.id === 'ml-engineer')!
    expect(mle.gaps.length).toBe(3)
    for (const g of mle.gaps) expect(g.need).toBeGreaterThan(g.level)
  })
})

describe('spectrum position', () => {
  it('puts the archetypes in order: software engineer 0, ML engineer, applied scientist, data scientist 1', () => {
    const at = (id: string) => assess(content, content.roles.find((r) => r.id === id)!.needs).spectrum.position
    expect(at('software-engineer')).toBe(0)
    expect(at('data-scientist')).toBe(1)
    expect(at('software-engineer')).toBeLessThan(at('ml-engineer'))
    expect(at('ml-engineer')).toBeLessThan(at('applied-scientist'))
    expect(at('applied-scientist')).toBeLessThan(at('data-scientist'))
  })

  it('never moves towards engineering when a statistics or ML answer is raised', () => {
    fc.assert(
      fc.property(answerSet, fc.constantFrom(...scienceQuestions), (answers, id) => {
        fc.pre(answers[id]! < 4)
        expect(position(content, { ...answers, [id]: answers[id]! + 1 })).toBeGreaterThanOrEqual(position(content, answers))
      }),
      { numRuns: 500 },
    )
  })

  it('never moves towards science when a software or infrastructure answer is raised', () => {
    fc.assert(
      fc.property(answerSet, fc.constantFrom(...engineeringQuestions), (answers, id) => {
        fc.pre(answers[id]! < 4)
        expect(position(content, { ...answers, [id]: answers[id]! + 1 })).toBeLessThanOrEqual(position(content, answers))
      }),
      { numRuns: 500 },
    )
  })

  it('stays within 0..1', () => {
    fc.assert(fc.property(answerSet, (answers) => {
      const p = assess(content, answers).spectrum.position
      expect(p).toBeGreaterThanOrEqual(0)
      expect(p).toBeLessThanOrEqual(1)
    }))
  })

  it('says in words where a person sits', () => {
    expect(assess(content, content.roles[0]!.needs).spectrum.label).toBe('At the engineering end, with software engineers')
    const mid = assess(content, answersFrom('12121 32310 3222 233212 22111')).spectrum.label
    expect(mid).toMatch(/ML engineer/)
    const between = assess(content, answersFrom('22222 32310 3222 222212 22111')).spectrum.label
    expect(between).toMatch(/^Between .+ and .+, (closer to .+|halfway)$|^Right where/)
  })
})

describe('profile shape', () => {
  it('calls one deep area with little else a specialist', () => {
    expect(assess(content, answersFrom('44444 10000 0000 000000 00000')).shape.id).toBe('specialist')
  })
  it('calls one deep area with working breadth T-shaped', () => {
    expect(assess(content, answersFrom('44444 22222 2222 222222 22222')).shape.id).toBe('t-shaped')
  })
  it('calls broad working skills without a peak a generalist', () => {
    expect(assess(content, answersFrom('22222 22222 2222 222222 22222')).shape.id).toBe('generalist')
  })
  it('calls a beginner someone building foundations', () => {
    expect(assess(content, allAnswers(0)).shape.id).toBe('foundations')
  })
})

describe('team settings', () => {
  it('advises on the settings of the top three roles only', () => {
    const result = assess(content, answersFrom('33232 31310 1110 110000 33111'))
    expect(result.settings.map((s) => s.roleId)).toEqual(result.roles.slice(0, 3).map((r) => r.id))
    const ds = result.settings.find((s) => s.roleId === 'data-scientist')!
    expect(ds.settings.map((s) => s.id)).toContain('horizontal')
  })

  it('does not suggest an applied scientist for a new product', () => {
    const as = content.roles.find((r) => r.id === 'applied-scientist')!
    expect(Object.keys(as.settings)).not.toContain('low-batch')
    expect(Object.keys(as.settings)).not.toContain('low-online')
  })
})

describe('growth path', () => {
  it('offers a path to every role', () => {
    const result = assess(content, answersFrom('12121 32310 3222 233212 22111'))
    expect(result.growth.map((g) => g.target)).toEqual(content.roles.map((r) => r.id))
  })

  it('names at most three sub-skills, each a real gap, and never lowers the fit', () => {
    fc.assert(
      fc.property(answerSet, fc.constantFrom(...content.roles), (answers, role) => {
        const g = assess(content, answers).growth.find((x) => x.target === role.id)!
        expect(g.steps.length).toBeLessThanOrEqual(3)
        for (const s of g.steps) expect(s.to).toBeGreaterThan(s.from)
        expect(g.fitAfter).toBeGreaterThanOrEqual(g.fitBefore)
      }),
      { numRuns: 100 },
    )
  })

  it('picks the gaps that gain the most fit first', () => {
    const answers = answersFrom('33232 31310 1110 110000 33111')
    const g = assess(content, answers).growth.find((x) => x.target === 'ml-engineer')!
    expect(g.steps).toHaveLength(3)
    expect(g.steps[0]!.fitGain).toBeGreaterThanOrEqual(g.steps[2]!.fitGain)
    expect(g.positionAfter).toBeLessThan(g.positionBefore)
  })

  it('has nothing to add for someone who already meets every need', () => {
    const role = content.roles.find((r) => r.id === 'data-analyst')!
    const g = assess(content, role.needs).growth.find((x) => x.target === role.id)!
    expect(g.steps).toEqual([])
    expect(g.summary).toMatch(/already meet/)
  })
})
