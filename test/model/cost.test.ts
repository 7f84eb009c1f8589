import { describe, expect, it } from 'vitest'
import { content } from '../../model'
import { answerCost } from '../../model/adaptive/cells'
import { FREE_LEVELS, levelCost } from '../../model/cost'
import { rawFit } from '../../model/fit'

describe('the cost of a level against a role', () => {
  it('lets two communication levels and one elsewhere cost nothing where the role needs nothing', () => {
    expect(FREE_LEVELS).toEqual({ stats: 1, ml: 1, swe: 1, infra: 1, comm: 2 })
    for (const [area, free] of Object.entries(FREE_LEVELS)) {
      for (let v = 0; v <= free; v++) expect(levelCost(0, 0, v, free), `${area} ${v}`).toBe(0)
      expect(levelCost(0, 0, free + 1, free), `${area} ${free + 1}`).toBe(1)
    }
  })

  it('charges a missing level by how central the skill is: half at an edge, in full in the core', () => {
    // Below the expected level: (1 + need)/4 a level, whatever the free levels.
    expect(levelCost(1, 1, 0, 1)).toBe(0.5)
    expect(levelCost(2, 2, 0, 1)).toBe(1.5)
    expect(levelCost(3, 3, 1, 1)).toBe(2)
    expect(levelCost(2.6, 2.6, 2, 1)).toBeCloseTo(0.6 * 0.9, 10)
    for (const need of [0.4, 1, 1.7, 2, 3]) expect(levelCost(need, need, need, 1), `${need}`).toBe(0)
  })

  it('charges the same in the fit and in the adaptive quiz’s picture of answers', () => {
    for (const free of [1, 2])
      for (const need of [0, 0.4, 1, 1.7, 2, 2.6, 3])
        for (const scale of [0.5, 1, 4 / 3])
          for (let a = 0; a <= 4; a++)
            expect(answerCost(need, scale, a, free)).toBe(levelCost(need, Math.min(4, need * scale), a, free))
  })

  it('keeps a role’s fit as a communication skill it does not need rises to 2, and lowers it at 3', () => {
    // The ML hardware engineer without its communication needs: a role that needs none of them.
    const hw = content.roles.find((r) => r.id === 'ml-hardware-engineer')!
    const mlhw = { ...hw, needs: Object.fromEntries(Object.entries(hw.needs).filter(([id]) => !id.startsWith('comm-'))) }
    const comm = content.subSkills.filter((s) => s.area === 'comm')
    const base = Object.fromEntries(content.subSkills.map((s) => [s.id, mlhw.needs[s.id] ?? 0]))
    for (const s of comm) {
      const at = (v: number) => rawFit(mlhw, { ...base, [s.id]: v }, content.subSkills)
      expect(at(2), s.id).toBe(at(0))
      expect(at(3), s.id).toBeLessThan(at(2))
    }
    // Outside communication the second level already costs.
    const ml = content.subSkills.find((s) => s.area === 'ml' && !mlhw.needs[s.id])!
    expect(rawFit(mlhw, { ...base, [ml.id]: 2 }, content.subSkills)).toBeLessThan(rawFit(mlhw, base, content.subSkills))
  })

  it('never charges more for a level beyond the profile in a sub-skill the role needs than in one it does not need', () => {
    for (const free of [1, 2])
      for (const need of [1, 2, 3])
        for (const expected of [0.5, need * 0.67, need, Math.min(4, need * 1.33)])
          for (let v = Math.ceil(expected); v <= 4; v++)
            expect(levelCost(need, expected, v, free), `need ${need} at ${expected}, level ${v}`).toBeLessThanOrEqual(
              levelCost(0, 0, v, free),
            )
    // A product owner who has planned features (comm-product 2) pays nothing for it, needed at 1 or not at all.
    expect(levelCost(1, 1, 2, 2)).toBe(0)
  })
})
