import { prepare, toVector, type Prepared } from './prepared'
import type { Content, Spectrum, SpectrumAnchor } from './types'
import { inSentence, round3 } from './words'

/**
 * Share of science in a person's science + engineering levels, 0..1. Statistics and ML
 * count as science, software and infrastructure as engineering; communication as neither.
 * Raising a science answer can only raise it; raising an engineering answer only lower it.
 */
export function scienceShare(p: Prepared, x: Float64Array): number {
  let science = 0
  let engineering = 0
  for (let i = 0; i < x.length; i++) {
    if (p.side[i] === 'science') science += x[i]!
    else if (p.side[i] === 'engineering') engineering += x[i]!
  }
  return science + engineering === 0 ? 0.5 : science / (science + engineering)
}

interface Scale {
  low: number
  high: number
  anchors: SpectrumAnchor[]
}

const scales = new WeakMap<Content, Scale>()

/** The ends of the scale (the first and last anchor roles' own shares) and the anchors' positions. */
function scale(content: Content): Scale {
  const hit = scales.get(content)
  if (hit) return hit
  const p = prepare(content)
  const shareOf = (id: string) => {
    const r = p.roles.find((x) => x.role.id === id)
    if (!r) throw new Error(`unknown spectrum anchor ${id}`)
    return scienceShare(p, r.need)
  }
  const ends = content.spectrumAnchors
  const low = shareOf(ends[0]!)
  const high = shareOf(ends[ends.length - 1]!)
  const s: Scale = { low, high, anchors: [] }
  s.anchors = ends.map((id) => ({
    roleId: id,
    name: p.roles.find((r) => r.role.id === id)!.role.name,
    position: round3(rescale(s, shareOf(id))),
  }))
  scales.set(content, s)
  return s
}

const rescale = (s: { low: number; high: number }, share: number) =>
  Math.min(1, Math.max(0, (share - s.low) / (s.high - s.low)))

/**
 * Position 0..1 of a level vector: the science share rescaled so that the first anchor's own
 * profile (software engineer) sits at 0 and the last (data scientist) at 1. A linear rescale
 * with clamping keeps every monotonicity of the share.
 */
export const positionOf = (content: Content, x: Float64Array): number => rescale(scale(content), scienceShare(prepare(content), x))

/** Position 0..1 of sub-skill levels given by id. */
export const position = (content: Content, levels: Record<string, number>): number =>
  positionOf(content, toVector(prepare(content), levels))

/** The archetypes of seed 000 with their own positions, engineering end first. */
export const anchors = (content: Content): SpectrumAnchor[] => scale(content).anchors

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

/** Position, words and anchors together. */
export function placeOnSpectrum(content: Content, x: Float64Array): Spectrum {
  const marks = anchors(content)
  const p = round3(positionOf(content, x))
  return { position: p, label: describe(p, marks), anchors: marks }
}

const lower = inSentence
const plural = (name: string): string => `${lower(name)}s`
