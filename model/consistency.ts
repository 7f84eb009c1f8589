import type { Answers, ScoringContent } from './types'

/** One sign that answers do not hang together, with how far off it is. */
export interface Inconsistency {
  kind: 'rule' | 'pair'
  /** The rule's reason, or the sub-skill whose two questions disagree. */
  text: string
  weight: number
}

/**
 * Signs of careless or random answers: consistency rules broken (weighted by how far the
 * implied answer falls short), and two questions on the same sub-skill more than one level
 * apart (weighted by the excess). Honest answers break almost none.
 */
export function inconsistencies(
  content: ScoringContent,
  answers: Answers,
  levels: Record<string, number>,
  asked?: Set<string>,
): Inconsistency[] {
  const out: Inconsistency[] = []
  // On a path that skipped questions, a rule speaks only about sub-skills that were asked.
  const known = (id: string) => !asked || asked.has(id)
  for (const rule of content.implications) {
    if (!known(rule.when) || (levels[rule.when] ?? 0) < rule.atLeast) continue
    const anyOf = rule.anyOf.filter(known)
    if (anyOf.length === 0) continue
    const best = Math.max(...anyOf.map((id) => levels[id] ?? 0))
    if (best < rule.min) out.push({ kind: 'rule', text: rule.why, weight: rule.min - best })
  }
  const bySub = new Map<string, number[]>()
  for (const q of content.questions) {
    if (asked && answers[q.id] === undefined) continue
    const list = bySub.get(q.subSkill) ?? []
    list.push(answers[q.id] ?? 0)
    bySub.set(q.subSkill, list)
  }
  for (const s of content.subSkills) {
    const list = bySub.get(s.id) ?? []
    if (list.length < 2) continue
    const spread = Math.max(...list) - Math.min(...list)
    if (spread >= 2) out.push({ kind: 'pair', text: s.name, weight: spread - 1 })
  }
  return out
}

/** The answers given, in content order (all questions, a missing answer counting 0, when every question was asked). */
function given(content: ScoringContent, answers: Answers, partial: boolean): number[] {
  const out: number[] = []
  for (const q of content.questions) {
    const a = answers[q.id]
    if (a !== undefined) out.push(a)
    else if (!partial) out.push(0)
  }
  return out
}

/** Share 0..1 of answers at the top option (of the answers given, on a path that skipped questions). */
export function topShare(content: ScoringContent, answers: Answers, partial = false): number {
  const list = given(content, answers, partial)
  return list.filter((a) => a === 4).length / Math.max(list.length, 1)
}

/**
 * Share 0..1 of answers equal to the most common one, counting only answers of 2 and up:
 * nearly the same answer everywhere ("straight-lining") describes nobody's real experience.
 * Low answers everywhere are left to the must-have check, which reads them as little experience.
 */
export function sameAnswerShare(content: ScoringContent, answers: Answers, partial = false): number {
  const counts = [0, 0, 0, 0, 0]
  const list = given(content, answers, partial)
  for (const a of list) counts[a]!++
  return Math.max(counts[2]!, counts[3]!, counts[4]!) / Math.max(list.length, 1)
}
