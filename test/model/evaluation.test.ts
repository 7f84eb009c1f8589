import { describe, expect, it } from 'vitest'
import { content } from '../../model'
import { QUIZ_LENGTH } from '../../model/content/timing'
import { checkAdaptive, checkPeople, fullQuiz, profileRecovery, randomAdaptive, randomAnswers } from '../eval/evaluate'
import { ADAPTIVE_FLOORS, ADAPTIVE_GOALS, adaptiveFigures, answersStale, contentFor, HELD_OUT } from '../eval/report'
import { typicalPeople } from '../helpers/people'

// Each group with the holder tables counted without it (contentFor): out of sample for them.
const typical = checkAdaptive(typicalPeople, contentFor(typicalPeople))
const held = HELD_OUT.map((g) => ({ ...g, checks: checkAdaptive(g.people, contentFor(g.people)) }))
const all = adaptiveFigures([typical, ...held.map((g) => g.checks)].flat())
/**
 * The people's answers must be given to the content being judged: after a content change the
 * accuracy gates wait (reported as skipped, never passed) until both groups are re-answered
 * blind for the new wording, as issue #18 requires.
 */
const stale = answersStale
const pending = stale ? ' (pending: the typical people are not yet re-answered for this content version)' : ''
const gate = it.skipIf(stale)

/**
 * The goals of issues #11 and #18 that CI holds the model to; `npm run eval` prints the full
 * report (docs/model-report.md). The typical people were written blind from the source
 * articles. The first held-out group has been tuned on since 6 December 2026, the second to
 * sixth were read while choosing that day's changes, the seventh and eighth were read once
 * after the last of them, the ninth and tenth once at dfbaf2e, no change judged on them (the
 * must-have rule chosen later left their figures unchanged; docs/model.md), and the eleventh and
 * twelfth once, carried to the current words after a rewording written for them was not adopted,
 * and the thirteenth and fourteenth once at c3269e4, while no change was open.
 */
describe('the model evaluation', () => {
  it('(a) fits every role best to its own profile at entry, mid and senior level, and places each mid-level profile as a page shows it in its role', () => {
    expect(profileRecovery(content).filter((c) => !c.fitOk)).toEqual([])
    // Placed as another role on 7 December 2026 (docs/model.md): no other profile may join them.
    // The last two joined when a started must-have came to cost half in placement
    // (holdout59-people-log.md): answered exactly, an entry profile has started the neighbouring
    // role's core too. Of the typical entry holders among the 1,790 it was measured on, 32 product owners
    // went 30 -> 31 on the full quiz and 29 -> 31 adaptive, 32 architects 23 -> 23 and 24 -> 25, and 31
    // product managers 28 -> 26 on both (two more read as product owners).
    const KNOWN = [
      'ml-engineer entry',
      'applied-scientist entry',
      'research-engineer entry',
      'data-scientist entry',
      'product-manager entry',
      'product-manager mid',
      'product-manager senior',
      'developer-advocate entry',
      'product-owner entry',
      'ml-solutions-architect entry',
    ]
    const misplaced = profileRecovery(content)
      .filter((c) => !c.ok)
      .map((c) => `${c.role} ${c.stage}`)
    for (const m of misplaced) expect(KNOWN, m).toContain(m)
    const KNOWN_SHOWN = ['ml-engineer entry', 'applied-scientist entry', 'research-engineer entry', 'product-manager entry']
    for (const c of profileRecovery(content, true).filter((p) => !p.ok))
      expect(KNOWN_SHOWN, `${c.role} ${c.stage}`).toContain(`${c.role} ${c.stage}`)
    // Placement weighs the holders' answers too (model/placement.ts), and a profile a level below
    // everywhere is not how entry holders answer: only the mid-level profile, in whole answers a
    // person can give, is held to its placement (docs/model.md, 7 December 2026).
    expect(profileRecovery(content, true).filter((c) => c.stage === 'mid' && !c.ok)).toEqual([])
  })

  it('(d) flags at least 90 % of random answer sets as not clear, on the full quiz and on the adaptive path', () => {
    expect(randomAnswers(content, 1000).notClear).toBeGreaterThanOrEqual(0.9)
    // As many paths as the report draws. With the unclear line at -1.3 (6 December 2026) this
    // gate failed at 300 paths: the first 300 of seed 13 read 89 %, 1,000 read 92.5 % and a
    // second seed's 1,000 93.6 %, so the rate meets the goal by about 3 points, not more.
    expect(randomAdaptive(content, 1000).notClear).toBeGreaterThanOrEqual(0.9)
    // About 25 s on two cores since random paths run longer (6 December 2026): past the default 30 s under load.
  }, 120_000)

  // Goals of issue #18 not met yet hold at ADAPTIVE_FLOORS and HELD_OUT's floors (today's
  // figures); the title says which, and docs/model-report.md shows the gap.
  gate(
    `places typical people with the full quiz: first 50 at least ${ADAPTIVE_FLOORS.typicalFull} (goal 48, not met yet), held-out groups at least ${HELD_OUT.map((g) => g.floors.full).join(', ')} of 30 (goal 26 each, not met yet)${pending}`,
    () => {
      expect(typical.filter((c) => c.fullOk).length).toBeGreaterThanOrEqual(ADAPTIVE_FLOORS.typicalFull)
      for (const g of held) expect(g.checks.filter((c) => c.fullOk).length).toBeGreaterThanOrEqual(g.floors.full)
    },
  )

  // Over all the people, not per group: in a group of 30 one person is 3.3 points, so a 2-point
  // gate per group reads "no group loses anyone to the shorter path", which noise alone breaks.
  // Without the communication change of 6 December the fifth and seventh groups lost 3 and 2
  // people to the shorter path while the first, second, sixth and eighth gained 1, 3, 1 and 2;
  // with it the third, fifth and eighth lose 3, 1 and 1 (and later the twelfth and fourteenth 1
  // and 2), the first, second and sixth gain 1, 2 and 1. docs/model-report.md shows every group.
  gate(
    `places typical people on the adaptive path at most 2 points below the full quiz over all the groups, and loses net at most ${[ADAPTIVE_FLOORS.typicalAdaptiveLoss, ...HELD_OUT.map((g) => g.floors.adaptiveLoss)].join(', ')} people in each (today's figures)${pending}`,
    () => {
      expect(all.placedAdaptive).toBeGreaterThanOrEqual(all.placedFull - ADAPTIVE_GOALS.maxPlacementDrop)
      const lost = (checks: typeof typical) => checks.filter((c) => c.fullOk).length - checks.filter((c) => c.adaptiveOk).length
      expect(lost(typical)).toBeLessThanOrEqual(ADAPTIVE_FLOORS.typicalAdaptiveLoss)
      for (const g of held) expect(lost(g.checks), g.title).toBeLessThanOrEqual(g.floors.adaptiveLoss)
    },
  )

  gate(
    `gets the seniority band right for at least ${(ADAPTIVE_FLOORS.seniority * 100).toFixed(1)} % of typical people on the adaptive path (goal ${ADAPTIVE_GOALS.seniority * 100} %${ADAPTIVE_FLOORS.seniority >= ADAPTIVE_GOALS.seniority ? ', met' : ', not met yet'}), and in each group at least today's figure (goal 80 % each; the lowest group is at ${Math.round(Math.min(...HELD_OUT.map((g) => g.floors.seniority)) * 100)} %)${pending}`,
    () => {
      expect(all.seniority).toBeGreaterThanOrEqual(ADAPTIVE_FLOORS.seniority)
      expect(adaptiveFigures(typical).seniority).toBeGreaterThanOrEqual(ADAPTIVE_FLOORS.typicalSeniority)
      for (const g of held) expect(adaptiveFigures(g.checks).seniority).toBeGreaterThanOrEqual(g.floors.seniority)
    },
  )

  gate(
    `calls held-out people clear on the adaptive path: at least ${HELD_OUT.map((g) => `${Math.round(g.floors.clear * 100)} % (at most ${g.floors.clearWrong} wrongly)`).join(', ')} of the ${HELD_OUT.length} groups (goal 80 %, at most one; not met yet)${pending}`,
    () => {
      for (const g of held) {
        const f = adaptiveFigures(g.checks)
        expect(f.clear).toBeGreaterThanOrEqual(g.floors.clear)
        expect(f.clearWrong).toBeLessThanOrEqual(g.floors.clearWrong)
      }
    },
  )

  gate(
    `reads as a strong match for people placed right whose page shows the number: median headline at least 80, nobody below 70${pending}`,
    () => {
      expect(all.headlineMedian).toBeGreaterThanOrEqual(ADAPTIVE_GOALS.headlineMedian)
      expect(all.headlineMin).toBeGreaterThanOrEqual(ADAPTIVE_GOALS.headlineFloor)
      expect(all.headlineSeniorMedian).toBeGreaterThanOrEqual(ADAPTIVE_GOALS.headlineMedian)
    },
  )

  it('takes at most 5 minutes for the median person and 6 for the 90th percentile', () => {
    expect(all.medianSeconds).toBeLessThanOrEqual(ADAPTIVE_GOALS.medianSeconds)
    expect(all.p90Seconds).toBeLessThanOrEqual(ADAPTIVE_GOALS.p90Seconds)
  })

  gate(`quotes on the landing page the median it measures${pending}`, () => {
    expect(QUIZ_LENGTH.medianQuestions).toBe(all.medianQuestions)
    expect(QUIZ_LENGTH.medianMinutes).toBe(Math.round(all.medianSeconds / 60))
    expect(QUIZ_LENGTH.people).toBe(all.n)
    expect(QUIZ_LENGTH.fullMinutes).toBe(Math.round(fullQuiz(content).seconds / 60))
  })

  gate(`still calls at least 80 % of the first group clear on the full quiz${pending}`, () => {
    const checks = checkPeople(typicalPeople, contentFor(typicalPeople), 0)
    expect(checks.filter((c) => c.result.certainty.kind === 'clear').length / checks.length).toBeGreaterThanOrEqual(0.8)
  })
})
