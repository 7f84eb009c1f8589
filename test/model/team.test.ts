import { describe, expect, it } from 'vitest'
import { assess, content } from '../../model'
import { mapTeam, type MemberSnapshot } from '../../model/team'
import { PEOPLE } from '../helpers/people'

let n = 0
/** A product manager who has never run a data job, deployed a model or shipped through CI/CD. */
const handsOff = Object.fromEntries(Object.entries(PEOPLE.pm).map(([id, v]) => [id, id.startsWith('infra-') ? 0 : v]))
const CAST = { ...PEOPLE, handsOff }

function member(name: string, who: keyof typeof CAST): MemberSnapshot {
  const r = assess(content, CAST[who])
  n++
  return {
    memberId: `m${n}`,
    name,
    resultId: `r${n}`,
    joinedAt: `2026-01-01T00:00:${String(n).padStart(2, '0')}Z`,
    scores: r.scores,
    position: r.spectrum.position,
    fits: Object.fromEntries(r.roles.map((x) => [x.id, x.fit])),
    levels: Object.fromEntries(r.subSkills.map((s) => [s.id, s.level])),
  }
}
const need = (view: ReturnType<typeof mapTeam>, id: string) => view.needs.find((x) => x.id === id)

describe('mapTeam', () => {
  it('reports the best score and the spread of each area', () => {
    const team = [member('Dana', 'ds'), member('Sam', 'swe')]
    const view = mapTeam(content, 'low-batch', team)
    expect(view.coverage.stats).toBe(Math.max(team[0]!.scores.stats, team[1]!.scores.stats))
    expect(view.spread.swe).toBe(Math.abs(team[0]!.scores.swe - team[1]!.scores.swe))
  })

  it('lists who covers each role and where people overlap', () => {
    const view = mapTeam(content, 'low-batch', [member('Dana', 'ds'), member('Dee', 'ds'), member('Sam', 'swe')])
    expect(view.roles.find((r) => r.id === 'data-scientist')!.members).toEqual(['Dana', 'Dee'])
    expect(view.overlaps.map((o) => o.id)).toContain('data-scientist')
  })

  it('names who covers the two bridges of seed 003', () => {
    const view = mapTeam(content, 'high-batch', [member('Max', 'mle'), member('Sam', 'swe')])
    expect(view.bridges.find((b) => b.id === 'ds-mle')!.members).toEqual(['Max'])
    expect(view.bridges.find((b) => b.id === 'de-ds')!.members).toEqual(['Max'])
    const none = mapTeam(content, 'high-batch', [member('Sam', 'swe')])
    expect(none.bridges.every((b) => b.members.length === 0)).toBe(true)
  })
})

describe('what a setting needs (seed 000)', () => {
  const team = () => [member('Dana', 'ds'), member('Max', 'mle'), member('Sam', 'swe'), member('Eve', 'de')]

  it('does not ask for an applied scientist at low maturity, and does at high maturity', () => {
    for (const setting of ['low-batch', 'low-online'] as const) {
      const view = mapTeam(content, setting, team())
      expect(need(view, 'role:applied-scientist')).toBeUndefined()
      expect(need(view, 'no-applied-scientist-yet')!.met).toBe(true)
      expect(view.nextHire.role).not.toBe('applied-scientist')
    }
    for (const setting of ['high-batch', 'high-online'] as const) {
      const view = mapTeam(content, setting, team())
      expect(need(view, 'role:applied-scientist')!.met).toBe(false)
      expect(view.nextHire.role).toBe('applied-scientist')
    }
  })

  it('wants everyone to run the platform for new batch products', () => {
    const view = mapTeam(content, 'low-batch', [member('Ann', 'analyst'), member('Pat', 'handsOff')])
    expect(need(view, 'everyone-operates-platform')!.met).toBe(false)
    expect(need(view, 'everyone-operates-platform')!.detail).toContain('Pat')
  })

  it('keeps online engineering with engineers for online predictions', () => {
    const withoutEngineer = mapTeam(content, 'low-online', [member('Dana', 'ds'), member('Dee', 'ds')])
    expect(need(withoutEngineer, 'online-engineering')!.met).toBe(false)
    expect(withoutEngineer.nextHire.role).toBe('software-engineer')
  })

  it('pairs a product manager with data scientists in a horizontal team', () => {
    const noPm = mapTeam(content, 'horizontal', team())
    expect(need(noPm, 'pm-with-ds')!.met).toBe(false)
    expect(noPm.nextHire.role).toBe('product-manager')
    const withPm = mapTeam(content, 'horizontal', [...team(), member('Pat', 'pm')])
    expect(need(withPm, 'pm-with-ds')!.met).toBe(true)
    expect(withPm.nextHire.role).not.toBe('product-manager')
  })
})

describe('the advice of seed 002', () => {
  it('wants more ML engineers than data scientists', () => {
    const view = mapTeam(content, 'low-batch', [
      member('Dana', 'ds'),
      member('Dee', 'ds'),
      member('Max', 'mle'),
      member('Sam', 'swe'),
      member('Eve', 'de'),
    ])
    expect(need(view, 'more-mle-than-ds')!.met).toBe(false)
    expect(view.nextHire.role).toBe('ml-engineer')
  })

  it('surrounds an ML expert with data engineers', () => {
    const view = mapTeam(content, 'low-batch', [member('Ada', 'as')])
    expect(need(view, 'expert-with-data-engineers')!.met).toBe(false)
    const withDe = mapTeam(content, 'low-batch', [member('Ada', 'as'), member('Eve', 'de')])
    expect(need(withDe, 'expert-with-data-engineers')!.met).toBe(true)
  })
})

describe('the next hire', () => {
  it('starts an empty team with an ML engineer', () => {
    expect(mapTeam(content, 'high-online', []).nextHire.role).toBe('ml-engineer')
  })

  it('always gives a reason and the gap it closes', () => {
    for (const setting of ['low-batch', 'low-online', 'high-batch', 'high-online', 'horizontal'] as const) {
      const view = mapTeam(content, setting, [member('Dana', 'ds'), member('Sam', 'swe')])
      expect(view.nextHire.reason.length).toBeGreaterThan(20)
      expect(view.nextHire.closes.length).toBeGreaterThan(3)
      expect(content.roles.map((r) => r.id)).toContain(view.nextHire.role)
    }
  })
})
