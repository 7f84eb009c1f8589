import { prepare, toVector, type Prepared } from './prepared'
import type { ScoringContent, Spectrum, SpectrumAnchor } from './types'
import { round3 } from './round'
import { inSentence } from './words'

/**
 * Levels every profile starts with, split evenly between the two sides, as a share of the
 * anchor roles' mean science + engineering total: a pseudo-count that pulls thin profiles to
 * the middle. Someone who has done little of anything stays near the middle instead of being
 * placed past a publishing researcher; a full profile hardly moves.
 */
export const PRIOR_SHARE = 1.25

/** Sums of levels on the science side (statistics, ML) and the engineering side (software, infrastructure). */
function sides(p: Prepared, x: Float64Array): { science: number; engineering: number } {
  let science = 0
  let engineering = 0
  for (let i = 0; i < x.length; i++) {
    if (p.side[i] === 'science') science += x[i]!
    else if (p.side[i] === 'engineering') engineering += x[i]!
  }
  return { science, engineering }
}

/**
 * Lean 0..1 towards science: (S + c/2) / (S + E + c), the science share after adding the
 * prior c half to each side. Its derivative is (E + c/2)/(…)² > 0 in S and −(S + c/2)/(…)² < 0
 * in E, so raising a statistics or ML answer never moves anyone towards engineering, and
 * raising a software or infrastructure answer never towards science.
 */
export function lean(p: Prepared, prior: number, x: Float64Array): number {
  const { science, engineering } = sides(p, x)
  return (science + prior / 2) / (science + engineering + prior)
}

interface Scale {
  prior: number
  low: number
  high: number
  anchors: SpectrumAnchor[]
}

const scales = new WeakMap<ScoringContent, Scale>()

/** The prior, the ends of the scale (the first and last anchor roles' own leans) and the anchors' positions. */
function scale(content: ScoringContent): Scale {
  const hit = scales.get(content)
  if (hit) return hit
  const p = prepare(content)
  const need = (id: string) => {
    const r = p.roles.find((x) => x.role.id === id)
    if (!r) throw new Error(`unknown spectrum anchor ${id}`)
    return r.need
  }
  const ids = content.spectrumAnchors
  const totals = ids.map((id) => {
    const s = sides(p, need(id))
    return s.science + s.engineering
  })
  const prior = PRIOR_SHARE * (totals.reduce((a, b) => a + b, 0) / totals.length)
  const leanOf = (id: string) => lean(p, prior, need(id))
  const s: Scale = { prior, low: leanOf(ids[0]!), high: leanOf(ids[ids.length - 1]!), anchors: [] }
  s.anchors = ids.map((id) => ({
    roleId: id,
    name: p.roles.find((r) => r.role.id === id)!.role.name,
    position: round3(rescale(s, leanOf(id))),
  }))
  scales.set(content, s)
  return s
}

const rescale = (s: { low: number; high: number }, v: number) => Math.min(1, Math.max(0, (v - s.low) / (s.high - s.low)))

/**
 * Position 0..1 of a level vector: the lean rescaled so that the first anchor's own profile
 * (software engineer) sits at 0 and the last (data scientist) at 1. A linear rescale with
 * clamping keeps every monotonicity of the lean.
 */
export function positionOf(content: ScoringContent, x: Float64Array): number {
  const s = scale(content)
  return rescale(s, lean(prepare(content), s.prior, x))
}

/** Position 0..1 of sub-skill levels given by id. */
export const position = (content: ScoringContent, levels: Record<string, number>): number =>
  positionOf(content, toVector(prepare(content), levels))

/** The archetypes of seed 000 with their own positions, engineering end first. */
export const anchors = (content: ScoringContent): SpectrumAnchor[] => scale(content).anchors

const NEAR = 0.04

/** Where a position sits, in words. */
export function describe(p: number, marks: SpectrumAnchor[]): string {
  const first = marks[0]!
  const last = marks[marks.length - 1]!
  if (p <= first.position + NEAR) return `At the engineering end, with ${plural(first.name)}`
  if (p >= last.position - NEAR) return `At the science end, with ${plural(last.name)}`
  const at = marks.find((m) => Math.abs(m.position - p) <= NEAR)
  if (at) return `Right where ${plural(at.name)} sit`
  const right = marks.findIndex((m) => m.position > p)
  const a = marks[right - 1]!
  const b = marks[right]!
  const t = (p - a.position) / (b.position - a.position)
  const between = `Between ${lower(a.name)} and ${lower(b.name)}`
  if (Math.abs(t - 0.5) < 0.1) return `${between}, halfway`
  return `${between}, closer to ${lower(t < 0.5 ? a.name : b.name)}`
}

/**
 * Position, words and anchors together. When the closest role sits beside the spectrum
 * (product, advocacy, solutions), the words say so and the position describes only the
 * technical side of the profile.
 */
export function placeOnSpectrum(
  content: ScoringContent,
  x: Float64Array,
  top?: { id: string; name: string; placement: string },
): Spectrum {
  const marks = anchors(content)
  const p = round3(positionOf(content, x))
  const where = describe(p, marks)
  if (top?.placement === 'off')
    return {
      position: p,
      label: `Closest to ${plural(top.name)}, a role beside the spectrum; technical side: ${where.charAt(0).toLowerCase()}${where.slice(1)}`,
      anchors: marks,
      offSpectrum: { roleId: top.id, name: top.name },
    }
  return { position: p, label: where, anchors: marks }
}

const lower = inSentence
const plural = (name: string): string => `${lower(name)}s`
