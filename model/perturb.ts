import type { Answers, ScoringContent } from './types'

/** A small deterministic generator (mulberry32), so the same answers always get the same result. */
export function generator(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A seed made from the answers themselves (FNV-1a over the levels in question order). */
export function seedOf(content: ScoringContent, answers: Answers): number {
  return fnv1a(content.questions.map((q) => (answers[q.id] ?? 0) + 1))
}

/** FNV-1a over a list of small numbers: a 32-bit hash for seeding `generator`. */
export function fnv1a(values: readonly number[]): number {
  let h = 0x811c9dc5
  for (const v of values) {
    h ^= v
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/**
 * Moves `count` different answers (given in question order) one level up or down, in place:
 * down from 4, up from 0, otherwise either way at random. What the same person might answer
 * on another day. `order` is scratch space of the same length.
 */
export function nudgeInPlace(levels: Int32Array, count: number, random: () => number, order: Int32Array): void {
  const n = levels.length
  for (let i = 0; i < n; i++) order[i] = i
  for (let k = 0; k < count && k < n; k++) {
    const j = k + Math.floor(random() * (n - k))
    const q = order[j]!
    order[j] = order[k]!
    order[k] = q
    const v = levels[q]!
    levels[q] = v === 0 ? 1 : v === 4 ? 3 : random() < 0.5 ? v - 1 : v + 1
  }
}

/** The answers with `count` different questions nudged one level (see nudgeInPlace). */
export function nudge(content: ScoringContent, answers: Answers, count: number, random: () => number): Answers {
  const ids = content.questions.map((q) => q.id)
  const levels = Int32Array.from(ids, (id) => answers[id] ?? 0)
  nudgeInPlace(levels, count, random, new Int32Array(ids.length))
  return Object.fromEntries(ids.map((id, i) => [id, levels[i]!]))
}
