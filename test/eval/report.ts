import { content } from '../../model'
import type { Content } from '../../model/types'
import { MIN_PER_AREA, STOP_MASS } from '../../model/adaptive/next'
import holdout from '../fixtures/holdout-people.json'
import holdout2 from '../fixtures/holdout2-people.json'
import holdout3 from '../fixtures/holdout3-people.json'
import holdout4 from '../fixtures/holdout4-people.json'
import holdout5 from '../fixtures/holdout5-people.json'
import holdout6 from '../fixtures/holdout6-people.json'
import holdout7 from '../fixtures/holdout7-people.json'
import holdout8 from '../fixtures/holdout8-people.json'
import holdout9 from '../fixtures/holdout9-people.json'
import holdout10 from '../fixtures/holdout10-people.json'
import holdout11 from '../fixtures/holdout11-people.json'
import holdout12 from '../fixtures/holdout12-people.json'
import holdout13 from '../fixtures/holdout13-people.json'
import holdout14 from '../fixtures/holdout14-people.json'
import holdout15 from '../fixtures/holdout15-people.json'
import holdout16 from '../fixtures/holdout16-people.json'
import holdout17 from '../fixtures/holdout17-people.json'
import holdout18 from '../fixtures/holdout18-people.json'
import holdout19 from '../fixtures/holdout19-people.json'
import holdout20 from '../fixtures/holdout20-people.json'
import holdout21 from '../fixtures/holdout21-people.json'
import holdout22 from '../fixtures/holdout22-people.json'
import holdout23 from '../fixtures/holdout23-people.json'
import holdout24 from '../fixtures/holdout24-people.json'
import holdout25 from '../fixtures/holdout25-people.json'
import holdout26 from '../fixtures/holdout26-people.json'
import holdout27 from '../fixtures/holdout27-people.json'
import holdout28 from '../fixtures/holdout28-people.json'
import holdout29 from '../fixtures/holdout29-people.json'
import holdout30 from '../fixtures/holdout30-people.json'
import holdout31 from '../fixtures/holdout31-people.json'
import holdout32 from '../fixtures/holdout32-people.json'
import holdout33 from '../fixtures/holdout33-people.json'
import holdout34 from '../fixtures/holdout34-people.json'
import holdout35 from '../fixtures/holdout35-people.json'
import holdout36 from '../fixtures/holdout36-people.json'
import holdout37 from '../fixtures/holdout37-people.json'
import holdout38 from '../fixtures/holdout38-people.json'
import holdout39 from '../fixtures/holdout39-people.json'
import holdout40 from '../fixtures/holdout40-people.json'
import holdout41 from '../fixtures/holdout41-people.json'
import holdout42 from '../fixtures/holdout42-people.json'
import holdout43 from '../fixtures/holdout43-people.json'
import holdout44 from '../fixtures/holdout44-people.json'
import holdout45 from '../fixtures/holdout45-people.json'
import holdout46 from '../fixtures/holdout46-people.json'
import holdout47 from '../fixtures/holdout47-people.json'
import holdout48 from '../fixtures/holdout48-people.json'
import holdout49 from '../fixtures/holdout49-people.json'
import holdout50 from '../fixtures/holdout50-people.json'
import holdout51 from '../fixtures/holdout51-people.json'
import holdout52 from '../fixtures/holdout52-people.json'
import holdout53 from '../fixtures/holdout53-people.json'
import holdout54 from '../fixtures/holdout54-people.json'
import holdout55 from '../fixtures/holdout55-people.json'
import holdout56 from '../fixtures/holdout56-people.json'
import holdout57 from '../fixtures/holdout57-people.json'
import holdout58 from '../fixtures/holdout58-people.json'
import holdout59 from '../fixtures/holdout59-people.json'
import holdout60 from '../fixtures/holdout60-people.json'
import answersVersion from '../fixtures/people-answers-version.json'
import blind from '../fixtures/typical-people.json'
import {
  type AdaptiveCheck,
  checkAdaptive,
  checkPeople,
  closestPairs,
  fullQuiz,
  profileRecovery,
  quantile,
  randomAdaptive,
  randomAnswers,
  SECONDS_PER_DECISION,
  WORDS_PER_MINUTE,
  type Person,
  type PersonCheck,
  type ProfileCheck,
} from './evaluate'
import { countHolders } from './holders'

/** Goals of issue #11; CI fails when (a) or (d) falls below its goal (test/model/evaluation.test.ts). */
export const GOALS = { randomNotClear: 0.9, peopleClear: 0.8 }

const pct = (x: number) => `${Math.round(x * 100)} %`
const isClear = (c: PersonCheck) => c.result.certainty.kind === 'clear'
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const band = (s: string) => ['entry', 'mid', 'senior', 'lead'].indexOf(s)
const clock = (seconds: number) => {
  const whole = Math.round(seconds)
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`
}

/** Goals of issue #18 for the adaptive quiz; test/model/evaluation.test.ts holds CI to them. */
export const ADAPTIVE_GOALS = {
  medianSeconds: 5 * 60,
  p90Seconds: 6 * 60,
  /** The adaptive path places people at most this much below the full quiz. */
  maxPlacementDrop: 0.02,
  seniority: 0.85,
  /** Issue #19: correctly placed people read as a strong match: median headline at least this, nobody below the floor. */
  headlineMedian: 80,
  headlineFloor: 70,
}

/**
 * Issue #18's goals that the model does not meet yet, at today's figures (6 December 2026,
 * after the evening's blended profiles). CI holds the model at these so it cannot slide while the
 * issue is open; each moves up to its goal (ADAPTIVE_GOALS, or 48 of 50 for the full quiz) as the
 * model gets there, and stays there once met, so it cannot slide back. A pooled floor is re-based
 * when a group is added, since a new group moves the pool without the model changing; each group
 * keeps its own floor in HELD_OUT. Every floor was re-based once more when the blended profiles
 * were adopted on fresh groups (test/fixtures/holdout15-people-log.md), and again when needs in
 * tenths and the cost of a missing level by need were (test/fixtures/holdout21-people-log.md), and
 * when the quiz came to ask by the holders' answers (holdout47-people-log.md), three questions
 * in every area (holdout51-people-log.md) and the misfit check to read the cells the quiz asks by
 * (holdout53-people-log.md), a placement close whenever another role's holders answer more like
 * the person (holdout57-people-log.md) and a started core skill counted as half missing in placement
 * (holdout59-people-log.md): a
 * change judged that way moves the groups it was not judged on up and down, and they are noise of
 * about 3 points a person.
 */
export const ADAPTIVE_FLOORS = {
  /**
   * Full-quiz placements of the first 50 (goal: 48, as version 2 did; 46 with the whole-level
   * blended profiles, 47 with tenths; 46 with placement by the holders, scored with the holder
   * counts taken without the first 50, 48 with them).
   */
  typicalFull: 46,
  /**
   * Seniority band right on the adaptive path over every group (goal 85 %, met): it hovered at
   * 84.7-85.4 % of 290-470 people with the article profiles and reads 88.2 % of 650 (573) with the
   * blended ones (6 December 2026; 88.3 %, 574, once the cap keeps room for must-haves; 88.6 % of 710
   * with needs in tenths; 92.2 % of 1,250 once mid-level starts a fifth of a level below the profile,
   * 7 December; 95.8 % of 1,310 once the holders move the band a step), so the floor is the goal.
   */
  seniority: 0.85,
  /**
   * ...and of the first 50 alone (each held-out group's is in HELD_OUT): 42 of 50 until mid-level
   * started below the profile, 41 since, 44 once the holders move the band a step (7 December), 45 once
   * the quiz asks by the holders' answers too, 42 with three questions in every area (judged on groups
   * 51 and 52, where the bands right went from 56 to 58 of 60; 96.7 % of all 1,610, against 97.1 % of 1,550 before).
   */
  typicalSeniority: 0.839,
  /**
   * People the first 50's adaptive paths may place wrong whom the full quiz places right, net (each
   * held-out group's is in HELD_OUT): 0, and 1 with three questions in every area.
   */
  typicalAdaptiveLoss: 1,
}

/**
 * The held-out groups, each with the figures CI holds it at while issue #18's goals for them are
 * open: full-quiz placements (goal: v2's held-out rate, 87 %, 26 of 30), the share called
 * clear on the adaptive path (goal 80 %) with how many of those are wrong (goal at most one),
 * the seniority band on the adaptive path (goal: 80 % in each group; the twenty-fourth is at 73 %), and
 * how many people the adaptive path loses net against the full quiz (the goal, at most 2 points,
 * is judged over all groups together; this keeps any one group from sliding).
 * The first group was read after every try from 5 December 2026 on and tuned on from
 * 6 December. The second to fourth were read while choosing that day's first change (ask on
 * while the answers fit no placement well, bounded at 14 questions), the fifth and sixth judged
 * the mentoring weight and then showed the communication fault behind the second change (free
 * levels in communication, model/cost.ts), and the seventh and eighth, still being written when
 * that change was fixed, were read once after it to judge it (test/fixtures/holdout5-people-log.md).
 * The ninth and tenth were written in the evening, while no change was open, and read once at
 * dfbaf2e; the must-have rule chosen after them left their figures unchanged
 * (test/fixtures/holdout9-people-log.md). The eleventh and twelfth were written late that evening
 * on a rewording that was then not adopted, carried blind to the current words and read once with
 * the model unchanged (test/fixtures/reword-round6-log.md), and the thirteenth and fourteenth,
 * written while no change was open, were read once at c3269e4 (test/fixtures/holdout13-people-log.md).
 * The fifteenth to twentieth were written in pairs to judge the blended profiles, each pair read
 * once after its rule was written down: the fifteenth and sixteenth and the seventeenth and
 * eighteenth judged two versions that were not adopted and were then blended in; the nineteenth
 * and twentieth judged the version adopted (test/fixtures/holdout15-people-log.md) and were
 * blended in when the twenty-first and twenty-second, written as a pair before anything was run
 * on them, judged needs in tenths of a level and a cost of missing levels by how central the
 * skill is (test/fixtures/holdout21-people-log.md); the twenty-third and twenty-fourth, written
 * right after that was adopted, were read once with no change open (same log). On 7 December
 * the twenty-fifth and twenty-sixth judged placement by the holders' answers (adopted;
 * test/fixtures/holdout25-people-log.md), the twenty-seventh and twenty-eighth a short path clear
 * at 30 of 40 nudged sets (adopted; holdout27-people-log.md), and the twenty-ninth and thirtieth
 * an early-career placement called clear though one core skill is only started (not adopted:
 * one new clear-but-wrong; holdout29-people-log.md), and the thirty-first and thirty-second the
 * same at a higher bar, 36 of 40 nudged sets (adopted; same log), and the thirty-third and
 * thirty-fourth the same whether or not another role's core skills are met (adopted; same log), and
 * the thirty-fifth and thirty-sixth a clear placement only when its top role leads the next by a
 * log odds of 2.5 (one person touched, placed right: not confirmed; holdout35-people-log.md), and
 * the thirty-seventh and thirty-eighth the same lead again (two placed wrong and three placed right
 * touched: adopted; same log), and the thirty-ninth and fortieth mid-level read from a fifth of a
 * level below the profile (adopted; holdout39-people-log.md). Groups 41 to 60 were written and read
 * the same way, a pair at a time, each judging one change or read with none open (the title's ending
 * says which; test/fixtures/typical-people.md lists their logs).
 * No group is unread: a change to the model
 * needs a new pair, written before it is read.
 */
interface Floors {
  full: number
  clear: number
  clearWrong: number
  seniority: number
  /** Net people the adaptive path places wrong whom the full quiz places right (0 when it gains). */
  adaptiveLoss: number
}

/** One of the groups written blind on 6 December 2026 (the second to twenty-fourth). */
const writtenDec6 = (nth: string, people: unknown, floors: Floors, note = '', day = 6) => ({
  title: `${nth} held-out group (30, written blind on ${day} December 2026${note})`,
  people: people as Person[],
  floors,
})

/** One of the groups written blind on 7 December 2026 (the twenty-fifth on). */
const writtenDec7 = (nth: string, people: unknown, floors: Floors, note: string) => writtenDec6(nth, people, floors, note, 7)

// How each later group was read (the title's ending).
const ONCE = ', read once'
const NONE_CHOSEN = ', read once, no change chosen'
const CARRIED = ', carried to the current words, read once'
const NONE_OPEN = ', read once, no change open'
const JUDGED_NOT = ', read once to judge a change not adopted'
const JUDGED = ', read once to judge the blended profiles'
const TENTHS = ', read once to judge needs in tenths and the cost of a missing level'
const AFTER = ', read once after needs in tenths were adopted, no change open'
const HOLDERS = ', read once to judge placement by the holders’ answers'
const AT_30 = ', read once to judge a short path clear at 30 of 40'
const STARTED = ', read once to judge an early-career placement clear, not adopted'
const AT_36 = ', read once to judge an early-career placement clear at 36 of 40'
const ANY_CORE = ', read once to judge a newcomer clear though another role’s core is met'
const LEAD = ', read once to judge a clear placement’s lead over the next role, not confirmed'
const LEAD_AGAIN = ', read once to judge the same lead again (adopted)'
const MID_CUT = ', read once to judge mid-level from a fifth of a level below the profile'
const STEP = ', read once to judge the holders moving the seniority band a step'
const DISAGREE = ', read once to judge a placement close when the holders favour another role'
const WEIGHED = ', read once to judge an adaptive quiz that weighs the holders’ answers'
const THREE = ', read once to judge three questions in every area'
const HCELLS = ', read once to judge the misfit check on the cells the quiz asks by'
const AT_32 = ', read once to judge a newcomer’s placement clear at 32 of 40 (not adopted)'
const LEAD_0 = ', read once to judge a placement close whenever another role’s holders answer more like the person'
const HALF = ', read once to judge a started core skill as half missing in placement'

export const HELD_OUT = [
  {
    title: 'First held-out group (30, written blind after the model was tuned; tuning data since 6 December 2026)',
    people: holdout as Person[],
    floors: { full: 29, clear: 0.866, clearWrong: 0, seniority: 0.866, adaptiveLoss: 0 },
  },
  writtenDec6('Second', holdout2, { full: 28, clear: 0.866, clearWrong: 0, seniority: 0.933, adaptiveLoss: 0 }),
  writtenDec6('Third', holdout3, { full: 28, clear: 0.799, clearWrong: 1, seniority: 0.899, adaptiveLoss: 0 }),
  writtenDec6('Fourth', holdout4, { full: 28, clear: 0.799, clearWrong: 1, seniority: 0.933, adaptiveLoss: 0 }),
  writtenDec6('Fifth', holdout5, { full: 29, clear: 0.799, clearWrong: 1, seniority: 0.899, adaptiveLoss: 0 }),
  writtenDec6('Sixth', holdout6, { full: 28, clear: 0.933, clearWrong: 1, seniority: 0.933, adaptiveLoss: 0 }),
  writtenDec6('Seventh', holdout7, { full: 27, clear: 0.799, clearWrong: 1, seniority: 0.933, adaptiveLoss: 0 }, ONCE),
  writtenDec6('Eighth', holdout8, { full: 30, clear: 0.899, clearWrong: 0, seniority: 0.933, adaptiveLoss: 0 }, ONCE),
  writtenDec6('Ninth', holdout9, { full: 29, clear: 0.933, clearWrong: 1, seniority: 0.999, adaptiveLoss: 0 }, NONE_CHOSEN),
  writtenDec6('Tenth', holdout10, { full: 28, clear: 0.866, clearWrong: 1, seniority: 0.999, adaptiveLoss: 0 }, NONE_CHOSEN),
  writtenDec6('Eleventh', holdout11, { full: 28, clear: 0.799, clearWrong: 0, seniority: 0.999, adaptiveLoss: 1 }, CARRIED),
  writtenDec6('Twelfth', holdout12, { full: 28, clear: 0.866, clearWrong: 1, seniority: 0.933, adaptiveLoss: 0 }, CARRIED),
  writtenDec6('Thirteenth', holdout13, { full: 30, clear: 0.933, clearWrong: 0, seniority: 0.966, adaptiveLoss: 1 }, NONE_OPEN),
  writtenDec6('Fourteenth', holdout14, { full: 30, clear: 0.833, clearWrong: 0, seniority: 0.999, adaptiveLoss: 0 }, NONE_OPEN),
  writtenDec6('Fifteenth', holdout15, { full: 29, clear: 0.899, clearWrong: 0, seniority: 0.999, adaptiveLoss: 0 }, JUDGED_NOT),
  writtenDec6('Sixteenth', holdout16, { full: 30, clear: 0.833, clearWrong: 0, seniority: 0.966, adaptiveLoss: 0 }, JUDGED_NOT),
  writtenDec6('Seventeenth', holdout17, { full: 27, clear: 0.866, clearWrong: 1, seniority: 0.999, adaptiveLoss: 0 }, JUDGED_NOT),
  writtenDec6('Eighteenth', holdout18, { full: 27, clear: 0.633, clearWrong: 0, seniority: 0.999, adaptiveLoss: 0 }, JUDGED_NOT),
  writtenDec6('Nineteenth', holdout19, { full: 25, clear: 0.733, clearWrong: 1, seniority: 0.999, adaptiveLoss: 0 }, JUDGED),
  writtenDec6('Twentieth', holdout20, { full: 29, clear: 0.799, clearWrong: 0, seniority: 0.999, adaptiveLoss: 1 }, JUDGED),
  writtenDec6('Twenty-first', holdout21, { full: 27, clear: 0.799, clearWrong: 1, seniority: 0.933, adaptiveLoss: 0 }, TENTHS),
  writtenDec6('Twenty-second', holdout22, { full: 27, clear: 0.899, clearWrong: 1, seniority: 0.999, adaptiveLoss: 0 }, TENTHS),
  writtenDec6('Twenty-third', holdout23, { full: 29, clear: 0.733, clearWrong: 0, seniority: 0.933, adaptiveLoss: 0 }, AFTER),
  writtenDec6('Twenty-fourth', holdout24, { full: 27, clear: 0.899, clearWrong: 3, seniority: 0.966, adaptiveLoss: 0 }, AFTER),
  writtenDec7('Twenty-fifth', holdout25, { full: 29, clear: 0.899, clearWrong: 0, seniority: 0.999, adaptiveLoss: 0 }, HOLDERS),
  writtenDec7('Twenty-sixth', holdout26, { full: 29, clear: 0.833, clearWrong: 2, seniority: 0.999, adaptiveLoss: 1 }, HOLDERS),
  writtenDec7('Twenty-seventh', holdout27, { full: 29, clear: 0.899, clearWrong: 1, seniority: 0.966, adaptiveLoss: 0 }, AT_30),
  writtenDec7('Twenty-eighth', holdout28, { full: 24, clear: 0.766, clearWrong: 1, seniority: 0.999, adaptiveLoss: 0 }, AT_30),
  writtenDec7('Twenty-ninth', holdout29, { full: 27, clear: 0.799, clearWrong: 1, seniority: 0.899, adaptiveLoss: 0 }, STARTED),
  writtenDec7('Thirtieth', holdout30, { full: 27, clear: 0.899, clearWrong: 2, seniority: 0.999, adaptiveLoss: 0 }, STARTED),
  writtenDec7('Thirty-first', holdout31, { full: 26, clear: 0.766, clearWrong: 1, seniority: 0.999, adaptiveLoss: 0 }, AT_36),
  writtenDec7('Thirty-second', holdout32, { full: 30, clear: 0.866, clearWrong: 0, seniority: 0.966, adaptiveLoss: 0 }, AT_36),
  writtenDec7('Thirty-third', holdout33, { full: 29, clear: 0.799, clearWrong: 0, seniority: 0.999, adaptiveLoss: 1 }, ANY_CORE),
  writtenDec7('Thirty-fourth', holdout34, { full: 28, clear: 0.866, clearWrong: 1, seniority: 0.966, adaptiveLoss: 0 }, ANY_CORE),
  writtenDec7('Thirty-fifth', holdout35, { full: 27, clear: 0.833, clearWrong: 0, seniority: 0.999, adaptiveLoss: 0 }, LEAD),
  writtenDec7('Thirty-sixth', holdout36, { full: 28, clear: 0.933, clearWrong: 1, seniority: 0.933, adaptiveLoss: 0 }, LEAD),
  writtenDec7(
    'Thirty-seventh',
    holdout37,
    { full: 27, clear: 0.866, clearWrong: 0, seniority: 0.999, adaptiveLoss: 0 },
    LEAD_AGAIN,
  ),
  writtenDec7(
    'Thirty-eighth',
    holdout38,
    { full: 25, clear: 0.833, clearWrong: 1, seniority: 0.999, adaptiveLoss: 0 },
    LEAD_AGAIN,
  ),
  writtenDec7('Thirty-ninth', holdout39, { full: 28, clear: 0.833, clearWrong: 1, seniority: 0.966, adaptiveLoss: 1 }, MID_CUT),
  writtenDec7('Fortieth', holdout40, { full: 27, clear: 0.733, clearWrong: 0, seniority: 0.999, adaptiveLoss: 0 }, MID_CUT),
  writtenDec7('Forty-first', holdout41, { full: 30, clear: 0.899, clearWrong: 0, seniority: 0.999, adaptiveLoss: 0 }, STEP),
  writtenDec7('Forty-second', holdout42, { full: 27, clear: 0.833, clearWrong: 2, seniority: 0.966, adaptiveLoss: 0 }, STEP),
  writtenDec7('Forty-third', holdout43, { full: 29, clear: 0.833, clearWrong: 1, seniority: 0.999, adaptiveLoss: 1 }, DISAGREE),
  writtenDec7('Forty-fourth', holdout44, { full: 29, clear: 0.899, clearWrong: 0, seniority: 0.999, adaptiveLoss: 0 }, DISAGREE),
  writtenDec7('Forty-fifth', holdout45, { full: 28, clear: 0.833, clearWrong: 0, seniority: 0.966, adaptiveLoss: 0 }, NONE_OPEN),
  writtenDec7('Forty-sixth', holdout46, { full: 28, clear: 0.866, clearWrong: 1, seniority: 0.999, adaptiveLoss: 0 }, NONE_OPEN),
  writtenDec7('Forty-seventh', holdout47, { full: 29, clear: 0.899, clearWrong: 0, seniority: 0.999, adaptiveLoss: 0 }, WEIGHED),
  writtenDec7('Forty-eighth', holdout48, { full: 28, clear: 0.833, clearWrong: 0, seniority: 0.999, adaptiveLoss: 0 }, WEIGHED),
  writtenDec7('Forty-ninth', holdout49, { full: 26, clear: 0.699, clearWrong: 1, seniority: 0.966, adaptiveLoss: 0 }, NONE_OPEN),
  writtenDec7('Fiftieth', holdout50, { full: 28, clear: 0.833, clearWrong: 1, seniority: 0.966, adaptiveLoss: 0 }, NONE_OPEN),
  writtenDec7('Fifty-first', holdout51, { full: 30, clear: 0.966, clearWrong: 1, seniority: 0.966, adaptiveLoss: 1 }, THREE),
  writtenDec7('Fifty-second', holdout52, { full: 28, clear: 0.866, clearWrong: 1, seniority: 0.966, adaptiveLoss: 0 }, THREE),
  writtenDec7('Fifty-third', holdout53, { full: 27, clear: 0.866, clearWrong: 1, seniority: 0.999, adaptiveLoss: 0 }, HCELLS),
  writtenDec7('Fifty-fourth', holdout54, { full: 28, clear: 0.899, clearWrong: 0, seniority: 0.999, adaptiveLoss: 1 }, HCELLS),
  writtenDec7('Fifty-fifth', holdout55, { full: 29, clear: 0.933, clearWrong: 1, seniority: 0.933, adaptiveLoss: 1 }, AT_32),
  writtenDec7('Fifty-sixth', holdout56, { full: 27, clear: 0.999, clearWrong: 3, seniority: 0.999, adaptiveLoss: 0 }, AT_32),
  writtenDec7('Fifty-seventh', holdout57, { full: 29, clear: 0.899, clearWrong: 0, seniority: 0.999, adaptiveLoss: 0 }, LEAD_0),
  writtenDec7('Fifty-eighth', holdout58, { full: 26, clear: 0.933, clearWrong: 4, seniority: 0.966, adaptiveLoss: 0 }, LEAD_0),
  writtenDec7('Fifty-ninth', holdout59, { full: 28, clear: 0.866, clearWrong: 1, seniority: 0.999, adaptiveLoss: 0 }, HALF),
  writtenDec7('Sixtieth', holdout60, { full: 29, clear: 0.899, clearWrong: 0, seniority: 0.999, adaptiveLoss: 0 }, HALF),
]

/**
 * The people the role profiles are blended from (test/eval/blend.ts): the first 50 and the first
 * twenty held-out groups, 650 in all. The twenty-first and twenty-second judged the profiles
 * blended from these to a tenth of a level, and the twenty-third and twenty-fourth were read after;
 * all four are left out, so the profiles have never seen them.
 */
export const BLEND_GROUPS: Person[][] = [blind as Person[], ...HELD_OUT.slice(0, 20).map((g) => g.people)]
/**
 * The people whose answers the holder tables count (model/content/holders.ts): everyone read
 * before the twenty-fifth and twenty-sixth groups judged placement with them, 770 in all.
 */
export const HOLDER_GROUPS: Person[][] = [blind as Person[], ...HELD_OUT.slice(0, 24).map((g) => g.people)]
const scoredWith = new Map<number, Content>()

/**
 * The content a group is scored with in this report and in CI: for a group the holder tables
 * count (HOLDER_GROUPS), the tables counted without it, so that no person's own answers help
 * place them and every group reads out of sample for the holders (the profiles are blended from
 * the first 50 and groups 1 to 20 as they stand). Other people are scored with the content itself.
 */
export function contentFor(people: readonly Person[]): Content {
  const k = HOLDER_GROUPS.findIndex((g) => g.length > 0 && g[0]!.id === people[0]?.id)
  if (k < 0) return content
  let c = scoredWith.get(k)
  if (!c) {
    c = { ...content, holders: countHolders(content, HOLDER_GROUPS.filter((_, j) => j !== k).flat()) }
    scoredWith.set(k, c)
  }
  return c
}

for (const g of HELD_OUT.slice(0, 20)) g.title = g.title.replace(/\)$/, '; the profiles are blended from it)')

/**
 * Whether any group's answers were given to another content version than the current one: the
 * report then says its accuracy figures are indicative, and the CI gates wait.
 */
export const answersStale = Object.values(answersVersion).some((v) => typeof v === 'number' && v !== content.version)

/** Issue #18's accuracy goals, each with today's figure and whether it is met. */
function goalsSection(main: AdaptiveCheck[], held: AdaptiveCheck[][]): string {
  const m = adaptiveFigures(main)
  const hs = held.map(adaptiveFigures)
  const a = adaptiveFigures([main, ...held].flat())
  const pooled = adaptiveFigures(held.flat())
  const count = (f: number, n: number) => Math.round(f * n)
  const name = (k: number) => HELD_OUT[k]!.title.replace(/ \(.*/, '').toLowerCase()
  const goals: [string, string, boolean][] = [
    [
      'full quiz places the first 50 as version 2 did (48)',
      `${count(m.placedFull, m.n)} of ${m.n}`,
      count(m.placedFull, m.n) >= 48,
    ],
    ...hs.map((h, k): [string, string, boolean] => [
      `…and the ${name(k)} (87 %, as v2 held out: 26)`,
      `${count(h.placedFull, h.n)} of ${h.n}`,
      count(h.placedFull, h.n) >= 26,
    ]),
    [
      `adaptive path at most 2 points below the full quiz, all ${a.n} (each group: adaptive vs full)`,
      `${pct(a.placedAdaptive)} vs ${pct(a.placedFull)} (${[m, ...hs].map((f, k) => `${k === 0 ? 'first 50' : name(k - 1)}: ${count(f.placedAdaptive, f.n)} vs ${count(f.placedFull, f.n)}`).join('; ')})`,
      a.placedAdaptive >= a.placedFull - ADAPTIVE_GOALS.maxPlacementDrop,
    ],
    [
      `seniority band right on the adaptive path, all ${a.n} (≥ 85 %)`,
      `${(a.seniority * 100).toFixed(1)} %`,
      a.seniority >= ADAPTIVE_GOALS.seniority,
    ],
    [
      `held-out called \`clear\`, the ${pooled.n} pooled (≥ 80 %, wrongly at most one per group of 30: ${hs.length}); each group below`,
      `${(pooled.clear * 100).toFixed(1)} %, ${pooled.clearWrong} wrongly`,
      pooled.clear >= 0.8 && pooled.clearWrong <= hs.length,
    ],
    ...hs.map((h, k): [string, string, boolean] => [
      `${k === 0 ? '…each held-out group: ' : '…'}${name(k)}`,
      `${pct(h.clear)}, ${h.clearWrong} wrongly`,
      h.clear >= 0.8 && h.clearWrong <= 1,
    ]),
    [
      'time: median ≤ 5:00, 90th percentile ≤ 6:00',
      `${clock(a.medianSeconds)}, ${clock(a.p90Seconds)}`,
      a.medianSeconds <= ADAPTIVE_GOALS.medianSeconds && a.p90Seconds <= ADAPTIVE_GOALS.p90Seconds,
    ],
  ]
  return [
    '### Goals of issue #18',
    '',
    'Goals not met are held by CI at the figures of `ADAPTIVE_FLOORS` (test/eval/report.ts) until they are.',
    '',
    row(['goal', 'now', 'met']),
    row(['---', '---', '---']),
    ...goals.map(([goal, now, met]) => row([goal, now, met ? 'yes' : '**no**'])),
    '',
    outOfBlend(held),
    '',
  ].join('\n')
}

/** The groups the role profiles were not blended from (test/eval/blend.ts), the only ones out of sample for them. */
function outOfBlend(held: AdaptiveCheck[][]): string {
  const rest = held.slice(BLEND_GROUPS.length - 1).flat()
  const f = adaptiveFigures(rest)
  const n = (x: number) => Math.round(x * rest.length)
  return `The role profiles are blended from the first 50 and the first ${BLEND_GROUPS.length - 1} held-out groups; on the ${rest.length} people of the later groups, out of sample for them: full quiz ${n(f.placedFull)}, adaptive path ${n(f.placedAdaptive)}, seniority ${n(f.seniority)}, called \`clear\` ${n(f.clear)} (${f.clearWrong} wrongly).`
}

/** A figure with its sign, to one decimal: "+0.3", "−1.2". */
const signed = (x: number): string => `${x < 0 ? '−' : '+'}${Math.abs(x).toFixed(1)}`

/** Summary figures of people through the adaptive quiz. */
export function adaptiveFigures(checks: AdaptiveCheck[]) {
  const n = checks.length
  const seconds = checks.map((c) => c.path.seconds)
  const clear = checks.filter((c) => c.adaptive.certainty.kind === 'clear')
  return {
    n,
    placedFull: checks.filter((c) => c.fullOk).length / n,
    placedAdaptive: checks.filter((c) => c.adaptiveOk).length / n,
    sameTop: checks.filter((c) => c.full.roles[0]!.id === c.adaptive.roles[0]!.id).length / n,
    seniority: checks.filter((c) => c.seniorityError === 0).length / n,
    tooJunior: checks.filter((c) => c.seniorityError < 0).length,
    tooSenior: checks.filter((c) => c.seniorityError > 0).length,
    fullSeniority: checks.filter((c) => c.fullSeniorityError === 0).length / n,
    // Shown as a range ("early career to mid-level": the offset near a cut, or the holders reading
    // the neighbouring band), and right when
    // either band of the range, or the band alone, is theirs.
    ranged: checks.filter((c) => c.adaptive.roles[0]!.nearBand !== undefined).length / n,
    seniorityOrRange:
      checks.filter((c) => c.seniorityError === 0 || c.adaptive.roles[0]!.nearBand === c.person.seniority).length / n,
    clear: clear.length / n,
    clearWrong: clear.filter((c) => !c.adaptiveOk).length,
    ...headlineFigures(checks),
    medianQuestions: median(checks.map((c) => c.path.asked.length)),
    medianWords: median(checks.map((c) => c.path.words)),
    medianSeconds: quantile(seconds, 0.5),
    p90Seconds: quantile(seconds, 0.9),
    ...estimateFigures(checks),
  }
}

/**
 * How well "about N more" foretold the questions that came, over every question of every path:
 * the mean error, its sign (negative: it said too few), and the same at the first question.
 */
function estimateFigures(checks: AdaptiveCheck[]) {
  const errors = checks.flatMap((c) => c.path.said.map((said, k) => said - (c.path.asked.length - k - 1)))
  const first = checks.map((c) => c.path.said[0]! - (c.path.asked.length - 1))
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / Math.max(1, v.length)
  return { estimateError: mean(errors.map(Math.abs)), estimateBias: mean(errors), firstBias: mean(first) }
}

/**
 * The headline number (the top role's match) of the people the adaptive quiz placed in their
 * role, overall and for seniors and leads alone (the people an older fit scale read worst). Only
 * placements whose page shows the number count: an `unclear` one shows none (a best guess,
 * web/result/Placement.tsx). Until 7 December 2026 all were counted; placement by the holders'
 * answers then placed right, as a best guess, an entry platform engineer of group 28 whose match
 * of 64 no page shows.
 */
function headlineFigures(checks: AdaptiveCheck[]) {
  const placed = checks.filter((c) => c.adaptiveOk && c.adaptive.certainty.kind !== 'unclear')
  const matches = placed.map((c) => c.adaptive.roles[0]!.match!)
  const senior = placed.filter((c) => ['senior', 'lead'].includes(c.person.seniority)).map((c) => c.adaptive.roles[0]!.match!)
  return {
    headlineMedian: matches.length ? quantile(matches, 0.5) : 0,
    headlineMin: matches.length ? Math.min(...matches) : 0,
    headlineSeniorMedian: senior.length ? quantile(senior, 0.5) : 0,
    headlineSeniorMin: senior.length ? Math.min(...senior) : 0,
  }
}

function adaptiveSection(title: string, checks: AdaptiveCheck[]): string {
  const f = adaptiveFigures(checks)
  const bold = (ok: boolean, id: string) => (ok ? id : `**${id}**`)
  return [
    `### ${title}`,
    '',
    row(['measure', 'adaptive quiz', 'full quiz']),
    row(['---', '---', '---']),
    row(['placed in their role (or one they also accept)', pct(f.placedAdaptive), pct(f.placedFull)]),
    row(['same top role as the full quiz', pct(f.sameTop), '']),
    row([
      'seniority band right (too junior / too senior)',
      `${pct(f.seniority)} (${f.tooJunior} / ${f.tooSenior})`,
      pct(f.fullSeniority),
    ]),
    row(['seniority shown as a range of two bands; band or range right', `${pct(f.ranged)}; ${pct(f.seniorityOrRange)}`, '']),
    row(['called `clear` (clear but wrong)', `${pct(f.clear)} (${f.clearWrong})`, '']),
    row([
      'headline match of those placed right, where the page shows it (not unclear): median, lowest (seniors and leads)',
      `${f.headlineMedian}, ${f.headlineMin} (${f.headlineSeniorMedian}, ${f.headlineSeniorMin})`,
      '',
    ]),
    row(['questions, median', f.medianQuestions, fullQuiz(content).questions]),
    row(['words shown, median', f.medianWords, fullQuiz(content).words]),
    row([
      'time, median / 90th percentile',
      `${clock(f.medianSeconds)} / ${clock(f.p90Seconds)}`,
      clock(fullQuiz(content).seconds),
    ]),
    '',
    row([
      'person',
      'their role',
      'full quiz',
      'adaptive',
      'questions',
      'words',
      'time',
      'seniority (theirs → adaptive)',
      'certainty',
      'match',
    ]),
    row(['---', '---', '---', '---', '---:', '---:', '---:', '---', '---', '---:']),
    ...checks.map((c) =>
      row([
        c.person.id,
        c.person.role,
        bold(c.fullOk, c.full.roles[0]!.id),
        bold(c.adaptiveOk, c.adaptive.roles[0]!.id),
        c.path.asked.length,
        c.path.words,
        clock(c.path.seconds),
        `${c.person.seniority} → ${c.adaptive.roles[0]!.seniority}${c.adaptive.roles[0]!.nearBand ? ` (or ${c.adaptive.roles[0]!.nearBand})` : ''}`,
        c.adaptive.certainty.kind,
        c.adaptive.roles[0]!.match!,
      ]),
    ),
    '',
  ].join('\n')
}

function peopleSection(title: string, people: Person[], trials: number): { text: string; checks: PersonCheck[] } {
  const checks = checkPeople(people, contentFor(people), trials)
  const n = checks.length
  const placed = checks.filter((c) => c.acceptable).length
  const seniority = checks.filter((c) => c.seniorityHit).length
  const clear = checks.filter((c) => c.result.certainty.kind === 'clear')
  const clearRight = clear.filter((c) => c.acceptable).length
  const wrong = checks.filter((c) => !c.acceptable)
  const wrongFlagged = wrong.filter((c) => c.result.certainty.kind !== 'clear').length
  const lines = [
    `### ${title}`,
    '',
    row(['measure', 'value']),
    row(['---', '---']),
    row(['people', n]),
    row(['top role is their role (or one they also accept)', `${placed} (${pct(placed / n)})`]),
    row([
      'seniority band right (too junior / too senior)',
      `${seniority} (${pct(seniority / n)}) (${checks.filter((c) => band(c.result.roles[0]!.seniority) < band(c.person.seniority)).length} / ${checks.filter((c) => band(c.result.roles[0]!.seniority) > band(c.person.seniority)).length})`,
    ]),
    row(['placement called `clear`', `${clear.length} (${pct(clear.length / n)}); goal ≥ ${pct(GOALS.peopleClear)}`]),
    row(['right when `clear`', `${clearRight} of ${clear.length} (${pct(clearRight / Math.max(1, clear.length))})`]),
    row(['wrong placements flagged `close` or `unclear`', `${wrongFlagged} of ${wrong.length}`]),
    row([
      'top role kept with 20 % of answers nudged ±1 (median, lowest)',
      `${pct(median(checks.map((c) => c.stability)))}, ${pct(Math.min(...checks.map((c) => c.stability)))}`,
    ]),
    '',
    row(['person', 'their role', 'placed', 'fit', 'seniority (theirs → placed)', 'certainty', 'kept when nudged']),
    row(['---', '---', '---', '---', '---', '---', '---']),
    ...checks.map((c) => {
      const top = c.result.roles[0]!
      return row([
        c.person.id,
        c.person.role,
        `${c.acceptable ? '' : '**'}${top.id}${c.acceptable ? '' : '**'}`,
        top.fit,
        `${c.person.seniority} → ${top.seniority}`,
        c.result.certainty.kind,
        pct(c.stability),
      ])
    }),
    '',
  ]
  return { text: lines.join('\n'), checks }
}

function confusion(checks: PersonCheck[]): string {
  const ids = content.roles.map((r) => r.id)
  // Initials, with ML, MLOps and Dev spelt out so that no two roles share one (ml-engineer MLE, mlops-engineer MLOpsE).
  const SPELT: Record<string, string> = { ml: 'ML', mlops: 'MLOps', developer: 'Dev' }
  const short = (id: string) =>
    id
      .split('-')
      .map((w) => SPELT[w] ?? w[0]!.toUpperCase())
      .join('')
  if (new Set(ids.map(short)).size !== ids.length) throw new Error('two roles share an abbreviation in the confusion table')
  const lines = [row(['their role ↓ / placed →', ...ids.map(short)]), row(['---', ...ids.map(() => '---:')])]
  for (const want of ids) {
    const mine = checks.filter((c) => c.person.role === want)
    lines.push(row([want, ...ids.map((got) => mine.filter((c) => c.result.roles[0]!.id === got).length || '·')]))
  }
  lines.push('', `Abbreviations: ${ids.map((id) => `${short(id)} ${id}`).join(', ')}.`)
  return lines.join('\n')
}

/** " (ml-engineer at entry reads mlops-engineer; …)" for the profiles placed as another role. */
const misread = (checks: ProfileCheck[]): string =>
  checks.some((p) => !p.ok)
    ? ` (${checks
        .filter((p) => !p.ok)
        .map((p) => `${p.role} at ${p.stage} reads ${p.top}`)
        .join('; ')})`
    : ''

/** The whole report as Markdown. `quick` uses fewer random sets and nudges (for tests). */
export function report(quick = false): { markdown: string; ok: boolean } {
  const profiles = profileRecovery(content)
  const shownProfiles = profileRecovery(content, true)
  const profilesOk = profiles.every((p) => p.fitOk) && shownProfiles.every((p) => p.stage !== 'mid' || p.ok)
  const random = randomAnswers(content, quick ? 500 : 5000)
  const trials = quick ? 20 : 100
  const main = peopleSection('Typical people (50, written blind)', blind as Person[], trials)
  const held = HELD_OUT.map((g) => peopleSection(g.title, g.people, trials))
  const all = [main, ...held].flatMap((g) => g.checks)
  const adaptiveMain = checkAdaptive(blind as Person[], contentFor(blind as Person[]))
  const adaptiveHeld = HELD_OUT.map((g) => checkAdaptive(g.people, contentFor(g.people)))
  const everyone = adaptiveFigures([adaptiveMain, ...adaptiveHeld].flat())
  const share = (checks: PersonCheck[], keep: (c: PersonCheck) => boolean) => pct(checks.filter(keep).length / checks.length)
  const heldShares = (keep: (c: PersonCheck) => boolean) => held.map((g) => share(g.checks, keep)).join(', ')
  const randomPath = randomAdaptive(content, quick ? 200 : 1000)
  const full = fullQuiz(content)
  const markdown = [
    '# Model report',
    '',
    `Generated by \`npm run eval\` for quiz content version ${content.version} (${content.questions.length} skill questions and the mentoring question, ${content.subSkills.length} sub-skills, ${content.roles.length} roles). Rerun it after any change to model/ or its content.`,
    '',
    '## Summary',
    '',
    row(['check', 'result', 'goal']),
    row(['---', '---', '---']),
    row([
      '(a) each role’s own profile at entry, mid and senior level fits that role best',
      `${profiles.filter((p) => p.fitOk).length} of ${profiles.length}`,
      'all (CI)',
    ]),
    row([
      '(a) …and is placed as that role (the holders’ answers weighed too: model/placement.ts)',
      `${profiles.filter((p) => p.ok).length} of ${profiles.length}${misread(profiles)}`,
      '',
    ]),
    row([
      '(a) …and at the right seniority (the band itself, `seniority`; or one of the two bands of a range)',
      `${profiles.filter((p) => p.ok && p.seniority === p.stage).length} of ${profiles.length}; ${profiles.filter((p) => p.ok && (p.seniority === p.stage || p.nearBand === p.stage)).length} of ${profiles.length} (answered exactly, a profile rounds its needs down and answers 0 off the role, narrower than any typical holder, and the holders read it a band lower: docs/model.md, Seniority)`,
      '',
    ]),
    row([
      '(a) …the profile as a page shows it (whole levels, answers a person can give): the role, and at the right seniority (the band itself; or one of a range)',
      `${shownProfiles.filter((p) => p.ok).length}, ${shownProfiles.filter((p) => p.ok && p.seniority === p.stage).length} and ${shownProfiles.filter((p) => p.ok && (p.seniority === p.stage || p.nearBand === p.stage)).length} of ${shownProfiles.length}${misread(shownProfiles)}`,
      'mid level all (CI)',
    ]),
    row([
      '(b) typical people placed in their role',
      `${share(main.checks, (c) => c.acceptable)} (held-out groups: ${heldShares((c) => c.acceptable)})`,
      '',
    ]),
    row([
      '(b) typical people called `clear`',
      `${share(main.checks, isClear)} (held-out groups: ${heldShares(isClear)})`,
      `≥ ${pct(GOALS.peopleClear)}`,
    ]),
    row(['(c) top role kept with 20 % of answers nudged ±1, median over people', pct(median(all.map((c) => c.stability))), '']),
    row([
      '(d) random answer sets not called `clear`',
      `${pct(random.notClear)} of ${random.count}`,
      `≥ ${pct(GOALS.randomNotClear)} (CI)`,
    ]),
    row([
      '(d) random answer sets: median top fit, median lead over the second role',
      `${random.medianTopFit}, ${random.medianLead}`,
      '',
    ]),
    '',
    ...(answersStale
      ? [
          `> **Indicative only:** the typical people's answers were given to content version ${answersVersion.typical} (held out: ${Object.entries(
            answersVersion,
          )
            .filter(([k]) => k.startsWith('holdout'))
            .map(([, v]) => v)
            .join(
              ', ',
            )}), not to version ${content.version}. Until every group is re-answered blind for this wording, the accuracy figures below do not measure it; the timing figures do.`,
          '',
        ]
      : []),
    '## The adaptive quiz (issue #18)',
    '',
    `Each person answers only what the adaptive quiz asks (model/adaptive): a fixed start of one question per area, then the question with the most expected information about the role × seniority placement, until one role holds ${Math.round(STOP_MASS * 100)} % of the posterior, no question would add 0.05 bits, or 20 questions; at least ${MIN_PER_AREA} per area, and a question on each must-have of the leading role; then the mentoring question, which moves only the seniority band. Time: ${WORDS_PER_MINUTE} words a minute for the prompt and five options of every question asked, plus ${SECONDS_PER_DECISION} s a decision; the last step (optional name and two optional questions) is not counted.`,
    '',
    row([`all ${everyone.n} people`, 'adaptive quiz', 'full quiz']),
    row(['---', '---', '---']),
    row(['time to finish, median', `${clock(everyone.medianSeconds)} (goal ≤ 5:00)`, clock(full.seconds)]),
    row(['time to finish, 90th percentile', `${clock(everyone.p90Seconds)} (goal ≤ 6:00)`, clock(full.seconds)]),
    row(['questions, median', everyone.medianQuestions, full.questions]),
    row(['words shown, median', everyone.medianWords, full.words]),
    row([
      '"about N more" against the questions that came: mean error, bias (at the first question)',
      `${everyone.estimateError.toFixed(1)}, ${signed(everyone.estimateBias)} (${signed(everyone.firstBias)})`,
      '',
    ]),
    row([
      'random answer sets not called `clear`',
      `${pct(randomPath.notClear)} of ${randomPath.count} (median ${randomPath.medianAsked} questions)`,
      `${pct(random.notClear)} of ${random.count}`,
    ]),
    '',
    goalsSection(adaptiveMain, adaptiveHeld),
    adaptiveSection('Typical people (50)', adaptiveMain),
    ...adaptiveHeld.map((checks, k) => adaptiveSection(HELD_OUT[k]!.title, checks)),
    '## (a) Role profiles at three career stages',
    '',
    'Entry: a level below the mid-level profile on every need. Senior: a level above on every need of 2 or more. Each cell: the role placed first, its fit and the band the profile reads for its own role; in brackets the role that fits best where it is another (the goal: every profile fits its own role best).',
    '',
    row(['role', 'entry', 'mid', 'senior']),
    row(['---', '---', '---', '---']),
    ...content.roles.map((r) =>
      row([
        r.id,
        ...(['entry', 'mid', 'senior'] as const).map((stage) => {
          const p = profiles.find((x) => x.role === r.id && x.stage === stage)!
          return `${p.ok ? '' : '**'}${p.top}${p.ok ? '' : '**'} ${p.fit} · ${p.seniority}${p.fitOk ? '' : ` (best fit **${p.fitTop}**)`}`
        }),
      ]),
    ),
    '',
    '## (b) and (c) Typical people',
    '',
    'Written from the five source articles by helpers that never saw the role profiles; how: test/fixtures/typical-people.md. Placed roles in **bold** are wrong. "Kept when nudged": share of 100 answer sets with 20 % of the answers moved one level that keep the same top role.',
    '',
    main.text,
    ...held.map((g) => g.text),
    `### Confusion table (all ${all.length} people)`,
    '',
    confusion(all),
    '',
    '## (d) Random answers',
    '',
    `${random.count} answer sets drawn uniformly from 0..4: ${random.kinds.clear} clear, ${random.kinds.close} close, ${random.kinds.unclear} unclear.`,
    '',
    '## (e) The closest role pairs',
    '',
    'Fit of each mid-level profile to the other role: the pairs a person is most likely to be torn between.',
    '',
    row(['role A', 'role B', 'A’s profile fits B', 'B’s profile fits A']),
    row(['---', '---', '---:', '---:']),
    ...closestPairs(content, 10).map((p) => row([p.a, p.b, p.fitAB, p.fitBA])),
    '',
  ].join('\n')
  return { markdown, ok: profilesOk && random.notClear >= GOALS.randomNotClear && randomPath.notClear >= GOALS.randomNotClear }
}
