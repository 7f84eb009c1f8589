import { subSkillLevels } from '../../model/levels'
import type { ScoringContent } from '../../model/types'
import type { Person } from './evaluate'

/** Weight of the articles' need in a blended need; the typical holders' mean level takes the rest. */
export const ARTICLE_WEIGHT = 0.35
/** A sub-skill the articles do not list joins a profile only where its holders average at least this level. */
export const NEW_NEED_FROM = 1
/**
 * Where a holder of each band stands against the mid-level bar, in levels of the role's core (3):
 * a person's level in a needed sub-skill is moved by `shift × need / 3` to read as mid-level
 * (the seniority offset's scale, model/seniority.ts; entry is below 0, senior from 0.8).
 */
const TO_MID: Readonly<Record<string, number>> = { entry: 1, mid: 0, senior: -0.8 }
const MID_LEVEL = 3
/** Needs are kept to a tenth of a level: a mean of 2.6 is not a 3 (people see the whole level: model/levels.ts, wholeLevel). */
const STEP = 10

/**
 * Each role's needs, blended: 0.35 × the articles' need + 0.65 × the mean level of the role's
 * typical holders, each moved to mid-level, to a tenth of a level, clamped 0..3 (whole levels
 * until 6 December 2026: a blend of 2.6 read as 3 and of 0.4 as nothing). A sub-skill the articles leave
 * out joins only where the holders average level 1 or more (done it, not dabbled), and the first
 * sub-skill of every must-have stays at the core level 3, so what defines a role is the
 * articles'. People of a band other than entry, mid and senior are left out.
 */
export function blendNeeds(
  content: ScoringContent,
  articleNeeds: Readonly<Record<string, Readonly<Record<string, number>>>>,
  people: readonly Person[],
): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {}
  for (const role of content.roles) {
    const article = articleNeeds[role.id] ?? {}
    const holders = people.filter((p) => p.role === role.id && TO_MID[p.seniority] !== undefined)
    const levels = holders.map((p) => ({ shift: TO_MID[p.seniority]!, at: subSkillLevels(content, p.answers) }))
    const cores = new Set(role.mustHaves.map((m) => (Array.isArray(m) ? m[0]! : m)))
    const needs: Record<string, number> = {}
    for (const s of content.subSkills) {
      const a = article[s.id] ?? 0
      const mean =
        levels.reduce((sum, h) => sum + Math.max(0, (h.at[s.id] ?? 0) + (a > 0 ? (h.shift * a) / MID_LEVEL : 0)), 0) /
        Math.max(1, levels.length)
      let n = a === 0 && mean < NEW_NEED_FROM ? 0 : Math.round((ARTICLE_WEIGHT * a + (1 - ARTICLE_WEIGHT) * mean) * STEP) / STEP
      n = Math.max(0, Math.min(MID_LEVEL, n))
      if (cores.has(s.id)) n = MID_LEVEL
      if (n > 0) needs[s.id] = n
    }
    out[role.id] = needs
  }
  return out
}
