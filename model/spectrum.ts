import type { Content, Spectrum, SpectrumAnchor } from './types'

/**
 * Share of science in a person's science + engineering levels, 0..1. Statistics and ML
 * count as science, software and infrastructure as engineering; communication as neither.
 * Raising a science answer can only raise it; raising an engineering answer only lower it.
 */
export function scienceShare(content: Content, levels: Record<string, number>): number {
  let science = 0
  let engineering = 0
  for (const s of content.subSkills) {
    const side = content.areas.find((a) => a.id === s.area)?.side
    if (side === 'science') science += levels[s.id] ?? 0
    else if (side === 'engineering') engineering += levels[s.id] ?? 0
  }
  return science + engineering === 0 ? 0.5 : science / (science + engineering)
}

const roleShare = (content: Content, roleId: string): number => {
  const role = content.roles.find((r) => r.id === roleId)
  if (!role) throw new Error(`unknown spectrum anchor ${roleId}`)
  return scienceShare(content, role.needs)
}

/**
 * Position 0..1: the science share rescaled so that the first anchor's own profile
 * (software engineer) sits at 0 and the last (data scientist) at 1. A linear rescale
 * with clamping keeps every monotonicity of the share.
 */
export function position(content: Content, levels: Record<string, number>): number {
  const ends = content.spectrumAnchors
  const low = roleShare(content, ends[0]!)
  const high = roleShare(content, ends[ends.length - 1]!)
  const p = (scienceShare(content, levels) - low) / (high - low)
  return Math.min(1, Math.max(0, p))
}

/** The archetypes of seed 000 with their own positions, engineering end first. */
export function anchors(content: Content): SpectrumAnchor[] {
  return content.spectrumAnchors.map((id) => {
    const role = content.roles.find((r) => r.id === id)!
    return { roleId: id, name: role.name, position: round3(position(content, role.needs)) }
  })
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000

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
export function placeOnSpectrum(content: Content, levels: Record<string, number>): Spectrum {
  const marks = anchors(content)
  const p = round3(position(content, levels))
  return { position: p, label: describe(p, marks), anchors: marks }
}

const lower = (name: string): string => (/^(ML|MLOps)\b/.test(name) ? name : name.toLowerCase())
const plural = (name: string): string => `${lower(name)}s`
