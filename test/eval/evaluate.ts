import { assess, content as current } from '../../model'
import { nextStep } from '../../model/adaptive/next'
import { generator, nudge } from '../../model/perturb'
import { answerIds } from '../../model/answer-ids'
import { wholeLevel } from '../../model/levels'
import { wordCount } from '../../model/words'
import type { Answers, Content, Result, Seniority } from '../../model/types'

/** Answers that put every sub-skill at the given level (all questions of a sub-skill alike). */
export function answersForLevels(content: Content, levels: Record<string, number>): Answers {
  return Object.fromEntries(content.questions.map((q) => [q.id, levels[q.subSkill] ?? 0]))
}

/**
 * A role's own profile moved to a career stage: entry is a level below on every need; senior
 * a level above on the core and supporting needs (2 and up as shown: 1.5 and up), peripheral ones unchanged.
 * The exact profile is in tenths, answers nobody can give; `shown` takes the whole levels a page
 * shows instead (levels.ts: wholeLevel), which a person can answer.
 */
export function profileAt(content: Content, roleId: string, stage: 'entry' | 'mid' | 'senior', shown = false): Answers {
  const role = content.roles.find((r) => r.id === roleId)!
  const levels = Object.fromEntries(
    content.subSkills.map((s) => {
      const n = shown ? wholeLevel(role.needs[s.id] ?? 0) : (role.needs[s.id] ?? 0)
      const shift = stage === 'entry' ? -1 : stage === 'senior' && wholeLevel(n) >= 2 ? 1 : 0
      return [s.id, n === 0 ? 0 : Math.min(4, Math.max(0, n + shift))]
    }),
  )
  return answersForLevels(content, levels)
}

export interface ProfileCheck {
  role: string
  stage: 'entry' | 'mid' | 'senior'
  /** The role placed first (fit and the holders' answers together: model/placement.ts). */
  top: string
  /** The role with the best fit to the profile (fit.ts), must-haves met first: the profile's own ranking. */
  fitTop: string
  /** The band of the role placed first. */
  seniority: Seniority
  /** The second band the page names beside it, if any (a range: model/types.ts RoleFit.nearBand). */
  nearBand?: Seniority
  fit: number
  /** Placed first as its own role. */
  ok: boolean
  /** Its own role has the best fit. */
  fitOk: boolean
}

/**
 * (a) Every role's profile at entry, mid and senior level: the role it is placed in, and the
 * role it fits best (`shown`: the whole levels a page shows).
 */
export function profileRecovery(content: Content = current, shown = false): ProfileCheck[] {
  const byFit: Content = { ...content, holders: undefined }
  const out: ProfileCheck[] = []
  for (const role of content.roles)
    for (const stage of ['entry', 'mid', 'senior'] as const) {
      const answers = profileAt(content, role.id, stage, shown)
      const r = assess(content, answers)
      const fitTop = assess(byFit, answers).roles[0]!.id
      out.push({
        role: role.id,
        stage,
        top: r.roles[0]!.id,
        fitTop,
        seniority: r.roles[0]!.seniority,
        ...(r.roles[0]!.nearBand ? { nearBand: r.roles[0]!.nearBand } : {}),
        fit: r.roles[0]!.fit,
        ok: r.roles[0]!.id === role.id,
        fitOk: fitTop === role.id,
      })
    }
  return out
}

export interface Person {
  id: string
  who: string
  role: string
  alsoAcceptable?: string[]
  seniority: Seniority
  answers: Answers
}

export interface PersonCheck {
  person: Person
  result: Result
  hit: boolean
  acceptable: boolean
  seniorityHit: boolean
  stability: number
}

/** (c) Share of answer sets with `share` of the answers nudged ±1 that keep the top role. */
export function nudgedStability(content: Content, answers: Answers, share = 0.2, trials = 100, seed = 7): number {
  const top = assess(content, answers).roles[0]!.id
  const random = generator(seed)
  const count = Math.round(content.questions.length * share)
  let kept = 0
  for (let t = 0; t < trials; t++) if (assess(content, nudge(content, answers, count, random)).roles[0]!.id === top) kept++
  return kept / trials
}

/** (b) and (c) for a set of typical people. */
export function checkPeople(people: Person[], content: Content = current, trials = 100): PersonCheck[] {
  return people.map((person) => {
    const result = assess(content, person.answers)
    const top = result.roles[0]!
    return {
      person,
      result,
      hit: top.id === person.role,
      acceptable: top.id === person.role || (person.alsoAcceptable ?? []).includes(top.id),
      seniorityHit: top.seniority === person.seniority,
      stability: trials > 0 ? nudgedStability(content, person.answers, 0.2, trials) : NaN,
    }
  })
}

export interface RandomCheck {
  count: number
  notClear: number
  kinds: Record<string, number>
  medianTopFit: number
  medianLead: number
}

/** (d) Uniformly random answer sets: how many are flagged not `clear`. */
export function randomAnswers(content: Content = current, count = 2000, seed = 11): RandomCheck {
  const random = generator(seed)
  const kinds: Record<string, number> = { clear: 0, close: 0, unclear: 0 }
  const tops: number[] = []
  const leads: number[] = []
  for (let k = 0; k < count; k++) {
    const answers = Object.fromEntries(content.questions.map((q) => [q.id, Math.floor(random() * 5)]))
    const r = assess(content, answers)
    kinds[r.certainty.kind]!++
    tops.push(r.roles[0]!.fit)
    leads.push(r.roles[0]!.fit - r.roles[1]!.fit)
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
  return { count, notClear: (count - kinds.clear!) / count, kinds, medianTopFit: median(tops), medianLead: median(leads) }
}

/** (e) Pairs of roles whose mid-level profiles are closest: each profile's fit to the other role. */
export function closestPairs(content: Content = current, n = 8): { a: string; b: string; fitAB: number; fitBA: number }[] {
  const pairs: { a: string; b: string; fitAB: number; fitBA: number }[] = []
  for (const a of content.roles)
    for (const b of content.roles) {
      if (a.id >= b.id) continue
      const ra = assess(content, profileAt(content, a.id, 'mid'))
      const rb = assess(content, profileAt(content, b.id, 'mid'))
      pairs.push({
        a: a.id,
        b: b.id,
        fitAB: ra.roles.find((r) => r.id === b.id)!.fit,
        fitBA: rb.roles.find((r) => r.id === a.id)!.fit,
      })
    }
  return pairs.sort((x, y) => Math.max(y.fitAB, y.fitBA) - Math.max(x.fitAB, x.fitBA)).slice(0, n)
}

/** Reading speed and decision time behind the time figures (issue #18). */
export const WORDS_PER_MINUTE = 200
export const SECONDS_PER_DECISION = 4

/** Words a person reads for one question: its prompt and its five options (a hint is shown only on demand). */
export function questionWords(content: Content, id: string): number {
  const q = id === content.seniorityQuestion.id ? content.seniorityQuestion : content.questions.find((x) => x.id === id)!
  return wordCount(q.prompt) + q.options.reduce((n, o) => n + wordCount(o.label), 0)
}

/** Seconds to read `words` and make `decisions` choices. */
export const secondsFor = (words: number, decisions: number): number =>
  (words / WORDS_PER_MINUTE) * 60 + decisions * SECONDS_PER_DECISION

export interface Path {
  answers: Answers
  asked: string[]
  /** Questions the quiz said were likely to come after each question asked ("about N more"). */
  said: number[]
  words: number
  seconds: number
}

/** The adaptive quiz as someone answering `answer` goes through it: the questions, their words and the time. */
export function adaptivePath(content: Content, answer: (id: string) => number): Path {
  const answers: Answers = {}
  const asked: string[] = []
  const said: number[] = []
  for (;;) {
    const step = nextStep(content, answers)
    if (step.done || step.next === null) break
    asked.push(step.next)
    said.push(step.remaining - 1)
    answers[step.next] = answer(step.next)
  }
  const words = asked.reduce((n, id) => n + questionWords(content, id), 0)
  return { answers, asked, said, words, seconds: secondsFor(words, asked.length) }
}

/** The full quiz's words and time, every question read once. */
export function fullQuiz(content: Content): { questions: number; words: number; seconds: number } {
  const ids = answerIds(content)
  const words = ids.reduce((n, id) => n + questionWords(content, id), 0)
  return { questions: ids.length, words, seconds: secondsFor(words, ids.length) }
}

export interface AdaptiveCheck {
  person: Person
  path: Path
  full: Result
  adaptive: Result
  fullOk: boolean
  adaptiveOk: boolean
  /** Signed band error of the adaptive result: −1 one band too junior, +1 one too senior. */
  seniorityError: number
  fullSeniorityError: number
}

const BAND = { entry: 0, mid: 1, senior: 2, lead: 3 } as const

/** Each person through the adaptive quiz and the full one. */
export function checkAdaptive(people: Person[], content: Content = current): AdaptiveCheck[] {
  return people.map((person) => {
    const path = adaptivePath(content, (id) => person.answers[id] ?? 0)
    const full = assess(content, person.answers)
    const adaptive = assess(content, path.answers)
    const ok = (r: Result) => r.roles[0]!.id === person.role || (person.alsoAcceptable ?? []).includes(r.roles[0]!.id)
    return {
      person,
      path,
      full,
      adaptive,
      fullOk: ok(full),
      adaptiveOk: ok(adaptive),
      seniorityError: BAND[adaptive.roles[0]!.seniority] - BAND[person.seniority],
      fullSeniorityError: BAND[full.roles[0]!.seniority] - BAND[person.seniority],
    }
  })
}

/** Random answerers through the adaptive quiz: how many are not called `clear`. */
export function randomAdaptive(
  content: Content = current,
  count = 500,
  seed = 13,
): { count: number; notClear: number; medianAsked: number } {
  const random = generator(seed)
  let clear = 0
  const asked: number[] = []
  for (let k = 0; k < count; k++) {
    const path = adaptivePath(content, () => Math.floor(random() * 5))
    asked.push(path.asked.length)
    if (assess(content, path.answers).certainty.kind === 'clear') clear++
  }
  asked.sort((a, b) => a - b)
  return { count, notClear: (count - clear) / count, medianAsked: asked[Math.floor(count / 2)]! }
}

/** The value at quantile `q` (0..1) of a list, nearest rank. */
export const quantile = (xs: number[], q: number): number => {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!
}
