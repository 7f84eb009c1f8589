import { deficitWeight } from './cost'
import { fitParts, fitPercent, groupMet } from './fit'
import { prepare, type PreparedRole } from './prepared'
import { positionOf } from './spectrum'
import type { ScoringContent, GrowthLevelStep, GrowthPath, GrowthStep } from './types'
import { round3 } from './round'
import { capitalised, countWord, withArticle } from './words'

/**
 * The three sub-skills that would move a person closest to a target role: clearly unmet
 * must-haves first, then at each step the sub-skill whose rise to the whole level the role asks
 * at mid level (levels.ts: wholeLevel) gains the most fit (ties: larger shortfall, then content order); a rise that gains nothing
 * is not suggested; a sub-skill not asked (`known` 0) is never a step. With the position the
 * person would have afterwards.
 */
export function growthPath(content: ScoringContent, r: PreparedRole, x: Float64Array, known?: Uint8Array): GrowthPath {
  const current = x.slice()
  const before = fitParts(r, current, known).fit
  const steps: GrowthStep[] = []
  for (let k = 0; k < 3; k++) {
    const base = fitParts(r, current, known).fit
    let best = -1
    let bestKey = [-Infinity, -Infinity, -Infinity]
    for (let i = 0; i < current.length; i++) {
      const need = r.shown[i]!
      const from = current[i]!
      // A sub-skill the adaptive path did not ask about has no measured level to grow from.
      if (need <= from || (known && !known[i])) continue
      const blocking = r.mustHaves.some((g) => g[0] === i && !groupMet(g, current)) ? 1 : 0
      current[i] = need
      const gain = fitParts(r, current, known).fit - base
      current[i] = from
      // A rise that does not move the fit as shown is not worth a step ("+0 fit").
      if (!blocking && fitPercent(base + gain) <= fitPercent(base)) continue
      const key = [blocking, Math.round(gain * 1e6), need - from]
      if (
        key[0]! > bestKey[0]! ||
        (key[0] === bestKey[0] && (key[1]! > bestKey[1]! || (key[1] === bestKey[1] && key[2]! > bestKey[2]!)))
      ) {
        best = i
        bestKey = key
      }
    }
    if (best === -1) break
    const from = current[best]!
    const to = r.shown[best]!
    current[best] = to
    const s = content.subSkills[best]!
    steps.push({
      subSkill: s.id,
      name: s.name,
      area: s.area,
      from,
      to,
      // In shown points, so that the steps add up to the fit after minus the fit before.
      fitGain: fitPercent(fitParts(r, current, known).fit) - fitPercent(base),
    })
  }
  const gapsLeft = r.shownNeeded.some((i) => current[i]! < r.shown[i]!)
  // Needed sub-skills the adaptive path did not ask: what to grow there is not known yet.
  const unasked = known ? r.shownNeeded.filter((i) => !known[i]).length : 0
  const fitBefore = fitPercent(before)
  const fitAfter = fitPercent(fitParts(r, current, known).fit)
  const positionBefore = round3(positionOf(content, x))
  const positionAfter = round3(positionOf(content, current))
  const below = levelGaps(r, current, known).slice(0, 3 - steps.length)
  const depth = below.map((i): GrowthLevelStep => {
    const s = content.subSkills[i]!
    return { subSkill: s.id, name: s.name, area: s.area, from: current[i]!, to: r.shown[i]! }
  })
  let summary = summarise(r.role.name, steps.length, gapsLeft, unasked, fitBefore, fitAfter, positionBefore, positionAfter)
  // A fit of 0 keeps its own summary ("far from the shape"); the level steps still show.
  if (steps.length === 0 && depth.length > 0 && fitBefore > 0) {
    const together = current.slice()
    for (const i of below) together[i] = r.shown[i]!
    summary = depthSummary(r.role.name, depth.length, fitBefore, fitPercent(fitParts(r, together, known).fit), unasked)
  }
  return {
    target: r.role.id,
    name: r.role.name,
    fitBefore,
    fitAfter,
    positionBefore,
    positionAfter,
    steps,
    ...(depth.length > 0 ? { depth } : {}),
    summary,
  }
}

/** A gap smaller than this (in levels) is not named as one to grow: half a level is one question of two. */
const DEPTH_GAP = 0.5

/**
 * Where no further single skill moves the fit (it compares the shape of the answers with the
 * role's, scaled to the person's own level in its core, so a person below the role across its
 * core keeps the same shape when one skill grows), the gaps themselves: the asked sub-skills
 * furthest below what the role asks at mid level (after the steps), its core skills first, then
 * by how central the skill is to the role times the gap; the path shows them after its steps, up
 * to three in all. Without these, 516 of the 1,430 typical people's adaptive results showed an
 * empty path towards their second role (December 2026). Sub-skill indices, best first.
 */
function levelGaps(r: PreparedRole, x: Float64Array, known?: Uint8Array): number[] {
  const core = new Set(r.mustHaves.flat())
  return r.shownNeeded
    .filter((i) => r.shown[i]! - x[i]! >= DEPTH_GAP && (!known || known[i]))
    .map((i) => ({ i, key: [core.has(i) ? 1 : 0, deficitWeight(r.need[i]!) * (r.shown[i]! - x[i]!)] as const }))
    .sort((a, b) => b.key[0] - a.key[0] || b.key[1] - a.key[1] || a.i - b.i)
    .map(({ i }) => i)
}

/**
 * The summary of a path of level steps alone: what growing them together does to the fit, which
 * no one of them moves. Growing them can even lower it (it is measured at the person's own level
 * in the role's core, which they raise), so a figure is given only for a rise.
 */
function depthSummary(name: string, count: number, before: number, together: number, unasked: number): string {
  const rest =
    unasked === 0
      ? ''
      : ` ${unasked === 1 ? 'One more skill this role needs was' : `${capitalised(countWord(unasked))} more skills this role needs were`} not asked: answering the rest of the quiz shows whether to grow ${unasked === 1 ? 'it' : 'them'} too.`
  const effect =
    together > before
      ? `; growing ${count === 1 ? 'the skill listed next' : `the ${count} listed next together`} would raise it from ${before} to ${together}.`
      : `: fit compares the shape of your answers with the role’s at your own level, so it may not rise until more of its skills grow together.`
  return `No single skill would raise your fit to ${withArticle(name)} on its own${effect}${rest}`
}
/** A growth path towards every role, in the content's role order. */
export const growthPaths = (content: ScoringContent, x: Float64Array, known?: Uint8Array): GrowthPath[] =>
  prepare(content).roles.map((r) => growthPath(content, r, x, known))

function summarise(
  name: string,
  count: number,
  gapsLeft: boolean,
  unasked: number,
  before: number,
  after: number,
  from: number,
  to: number,
): string {
  const rest =
    unasked === 0
      ? ''
      : unasked === 1
        ? ' One skill this role needs was not asked: answering the rest of the quiz shows whether to grow it too.'
        : ` ${capitalised(countWord(unasked))} skills this role needs were not asked: answering the rest of the quiz shows which to grow too.`
  if (count === 0 && before === 0)
    return `Your answers are far from the shape of ${withArticle(name)}: no single skill would lift its fit above 0 on its own.${rest}`
  // (A path with level steps has its own summary: depthSummary. Here no asked skill is half a level short.)
  if (count === 0 && unasked > 0)
    return `In every skill you were asked, you are within half a level of what ${withArticle(name)} asks at mid-level.${rest}`
  if (count === 0 && !gapsLeft) return `You already have everything ${withArticle(name)} needs at mid-level.`
  if (count === 0)
    return `Your profile already has the shape of ${withArticle(name)}: no single skill would raise the fit. What is left is depth, growing the role's core skills together.`
  if (after === before)
    return `${count === 1 ? 'This core skill comes' : `These ${count} core skills come`} first for ${withArticle(name)}, though the fit stays at ${after}: the rest of your answers is far from its shape.${rest}`
  const shift = to - from
  const move =
    Math.abs(shift) < 0.02
      ? 'your place on the spectrum would barely move'
      : `you would move ${Math.round(Math.abs(shift) * 100)} points towards the ${shift > 0 ? 'science' : 'engineering'} end`
  return `Growing ${count === 1 ? 'this skill' : `these ${count} skills`} would raise your fit from ${before} to ${after}, and ${move}.${rest}`
}
