import { describe, expect, it } from 'vitest'
import { content } from '../../model'
import { QUIZ_LENGTH } from '../../model/content/timing'
import answered from '../fixtures/people-answers-version.json'
import { checkAdaptive, checkPeople, profileRecovery, randomAdaptive, randomAnswers } from '../eval/evaluate'
import { ADAPTIVE_FLOORS, ADAPTIVE_GOALS, adaptiveFigures, GROUPS } from '../eval/report'
import { typicalPeople } from '../helpers/people'

const typical = checkAdaptive(typicalPeople, content)
const held = checkAdaptive(GROUPS.held, content)
const held2 = checkAdaptive(GROUPS.held2, content)
const all = adaptiveFigures([...typical, ...held, ...held2])
/**
 * The people's answers must be given to the content being judged: after a content change the
 * accuracy gates wait (reported as skipped, never passed) until both groups are re-answered
 * blind for the new wording, as issue #18 requires.
 */
const stale = [answered.typical, answered.holdout, answered.holdout2].some((v) => v !== content.version)
const pending = stale ? ' (pending: the typical people are not yet re-answered for this content version)' : ''
const gate = it.skipIf(stale)

/**
 * The goals of issues #11 and #18 that CI holds the model to; `npm run eval` prints the full
 * report (docs/model-report.md). The typical people were written blind from the source
 * articles; the second held-out group is looked at by no tuning (the first has been, since
 * 6 December 2026: docs/model.md).
 */
describe('the model evaluation', () => {
  it('(a) recovers every role from its own profile at entry, mid and senior level', () => {
    const misses = profileRecovery(content).filter((c) => !c.ok)
    expect(misses).toEqual([])
  })

  it('(d) flags at least 90 % of random answer sets as not clear, on the full quiz and on the adaptive path', () => {
    expect(randomAnswers(content, 1000).notClear).toBeGreaterThanOrEqual(0.9)
    expect(randomAdaptive(content, 300).notClear).toBeGreaterThanOrEqual(0.9)
  })

  // Goals of issue #18 not met yet hold at ADAPTIVE_FLOORS (the figures when the answers were
  // re-answered for version 3); the title says which, and docs/model-report.md shows the gap.
  gate(
    `places typical people with the full quiz: held out 26 of 30 as version 2 did; first 50 at least ${ADAPTIVE_FLOORS.typicalFull} (goal 48, not met yet); second held-out group at least ${ADAPTIVE_FLOORS.held2Full}${pending}`,
    () => {
      expect(typical.filter((c) => c.fullOk).length).toBeGreaterThanOrEqual(ADAPTIVE_FLOORS.typicalFull)
      expect(held.filter((c) => c.fullOk).length).toBeGreaterThanOrEqual(26)
      expect(held2.filter((c) => c.fullOk).length).toBeGreaterThanOrEqual(ADAPTIVE_FLOORS.held2Full)
    },
  )

  gate(`places typical people on the adaptive path at most 2 points below the full quiz, in every group${pending}`, () => {
    for (const group of [typical, held, held2]) {
      const f = adaptiveFigures(group)
      expect(f.placedAdaptive).toBeGreaterThanOrEqual(f.placedFull - ADAPTIVE_GOALS.maxPlacementDrop)
    }
  })

  gate(
    `gets the seniority band right for at least ${ADAPTIVE_FLOORS.seniority * 100} % of typical people on the adaptive path (goal ${ADAPTIVE_GOALS.seniority * 100} %, not met yet), and for at least 80 % of each group${pending}`,
    () => {
      expect(all.seniority).toBeGreaterThanOrEqual(ADAPTIVE_FLOORS.seniority)
      for (const group of [typical, held, held2]) expect(adaptiveFigures(group).seniority).toBeGreaterThanOrEqual(0.8)
    },
  )

  gate(
    `calls at least ${ADAPTIVE_FLOORS.held2Clear * 100} % of the second held-out group clear on the adaptive path, at most ${ADAPTIVE_FLOORS.held2ClearWrong} wrongly, and ${ADAPTIVE_FLOORS.heldClear * 100} % of the first, at most ${ADAPTIVE_FLOORS.heldClearWrong} (goal 80 %, at most one; not met yet)${pending}`,
    () => {
      const f2 = adaptiveFigures(held2)
      expect(f2.clear).toBeGreaterThanOrEqual(ADAPTIVE_FLOORS.held2Clear)
      expect(f2.clearWrong).toBeLessThanOrEqual(ADAPTIVE_FLOORS.held2ClearWrong)
      const f = adaptiveFigures(held)
      expect(f.clear).toBeGreaterThanOrEqual(ADAPTIVE_FLOORS.heldClear)
      expect(f.clearWrong).toBeLessThanOrEqual(ADAPTIVE_FLOORS.heldClearWrong)
    },
  )

  gate(`reads as a strong match for people placed right: median headline at least 80, nobody below 70${pending}`, () => {
    expect(all.headlineMedian).toBeGreaterThanOrEqual(ADAPTIVE_GOALS.headlineMedian)
    expect(all.headlineMin).toBeGreaterThanOrEqual(ADAPTIVE_GOALS.headlineFloor)
    expect(all.headlineSeniorMedian).toBeGreaterThanOrEqual(ADAPTIVE_GOALS.headlineMedian)
  })

  it('takes at most 5 minutes for the median person and 6 for the 90th percentile', () => {
    expect(all.medianSeconds).toBeLessThanOrEqual(ADAPTIVE_GOALS.medianSeconds)
    expect(all.p90Seconds).toBeLessThanOrEqual(ADAPTIVE_GOALS.p90Seconds)
  })

  gate(`quotes on the landing page the median it measures${pending}`, () => {
    expect(QUIZ_LENGTH.medianQuestions).toBe(all.medianQuestions)
    expect(QUIZ_LENGTH.medianMinutes).toBe(Math.round(all.medianSeconds / 60))
  })

  gate(`still calls at least 80 % of the first group clear on the full quiz${pending}`, () => {
    const checks = checkPeople(typicalPeople, content, 0)
    expect(checks.filter((c) => c.result.certainty.kind === 'clear').length / checks.length).toBeGreaterThanOrEqual(0.8)
  })
})
