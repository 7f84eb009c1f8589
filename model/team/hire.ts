import { AREA_IDS, type ScoringContent } from '../types'
import { inSentence } from '../words'
import { CORE, NEED_RULES, type NeedContext } from './needs'
import type { Hire, TeamNeed } from './types'

/**
 * Who to hire next: an ML engineer for an empty team; else the hiring rule of the first unmet
 * need (seed 002's advice only after every other need); else the core role of the setting
 * that needs the most in the team's weakest area.
 */
export function nextHire(ctx: NeedContext, needs: TeamNeed[]): Hire {
  const { content } = ctx
  const pick = (role: string, reason: string, closes: string): Hire => ({
    role,
    name: content.roles.find((r) => r.id === role)?.name ?? role,
    reason,
    closes,
  })
  if (ctx.members.length === 0)
    return pick(
      'ml-engineer',
      'An empty team: a first ML engineer can build a baseline model and run it in production, which is the first milestone for any setting.',
      'everything, for now',
    )
  const unmet = needs.filter((n) => !n.met).sort((a, b) => Number(a.source === 'seed-002') - Number(b.source === 'seed-002'))
  for (const need of unmet) {
    const hire = NEED_RULES.find((r) => r.id === need.id)?.hire
    if (hire && (!hire.when || hire.when(ctx))) return pick(hire.role, hire.reason(ctx), hire.closes(ctx))
  }
  return weakestAreaHire(content, ctx, pick)
}

function weakestAreaHire(
  content: ScoringContent,
  ctx: NeedContext,
  pick: (role: string, reason: string, closes: string) => Hire,
): Hire {
  const weakest = AREA_IDS.reduce((a, b) => (ctx.coverage[b] < ctx.coverage[a] ? b : a))
  const areaName = inSentence(content.areas.find((a) => a.id === weakest)!.name)
  const best = content.roles
    .filter((r) => CORE[ctx.setting].includes(r.id) || r.id === 'data-engineer')
    .map((r) => ({
      r,
      need: content.subSkills.filter((s) => s.area === weakest).reduce((sum, s) => sum + (r.needs[s.id] ?? 0), 0),
    }))
    .sort((a, b) => b.need - a.need)[0]!.r
  return pick(
    best.id,
    `Every need of this setting is covered. The team is weakest in ${areaName} (best ${ctx.coverage[weakest]} of 100); this hire adds the most there.`,
    `depth in ${areaName}`,
  )
}
