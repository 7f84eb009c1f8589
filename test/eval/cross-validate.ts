import { content } from '../../model'
import { articleNeeds } from '../../model/content/article-needs'
import type { Content } from '../../model/types'
import { blendNeeds } from './blend'
import { checkAdaptive, type Person } from './evaluate'
import { countHolders } from './holders'
import { HELD_OUT } from './report'
import blind from '../fixtures/typical-people.json'

/** Totals of one cross-validation over every group. */
export interface CrossFigures {
  people: number
  full: number
  adaptive: number
  seniority: number
  clear: number
  clearWrong: number
  /** Per group: full / adaptive / seniority / clear (wrongly). */
  groups: string[]
}

/**
 * Leave-one-group-out over the first 50 and every held-out group: each group is scored with the
 * role profiles blended (test/eval/blend.ts) and, with `holders`, the holder counts taken
 * (test/eval/holders.ts) from all the other groups, as if it had never been read. This is how
 * changes to the model were chosen before a fresh pair judged them (docs/model.md); the
 * figures of 7 December 2026 (654 / 656 / 679 / 568 with 47 wrongly `clear` on 770 by fit alone,
 * 721 / 715 / 682 / 594 with 22 with the holders) came from it. `npm run eval:cv`.
 */
export function crossValidate(holders = true, base: Content = content): CrossFigures {
  const groups: Person[][] = [blind as Person[], ...HELD_OUT.map((g) => g.people)]
  const out: CrossFigures = { people: 0, full: 0, adaptive: 0, seniority: 0, clear: 0, clearWrong: 0, groups: [] }
  groups.forEach((group, i) => {
    const train = groups.filter((_, j) => j !== i).flat()
    const needs = blendNeeds(base, articleNeeds, train)
    const c: Content = {
      ...base,
      roles: base.roles.map((r) => ({ ...r, needs: needs[r.id]! })),
      holders: holders ? countHolders(base, train) : undefined,
    }
    let full = 0
    let adaptive = 0
    let seniority = 0
    let clear = 0
    let wrong = 0
    for (const k of checkAdaptive(group, c)) {
      full += Number(k.fullOk)
      adaptive += Number(k.adaptiveOk)
      seniority += Number(k.seniorityError === 0)
      if (k.adaptive.certainty.kind === 'clear') {
        clear++
        if (!k.adaptiveOk) wrong++
      }
    }
    out.people += group.length
    out.full += full
    out.adaptive += adaptive
    out.seniority += seniority
    out.clear += clear
    out.clearWrong += wrong
    out.groups.push(`${full}/${adaptive}/${seniority}/${clear} (${wrong})`)
  })
  return out
}
