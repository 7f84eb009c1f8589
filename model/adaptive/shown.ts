import { givenOf, placedIndex } from '../placement'
import { type PreparedRole, prepareRole, type RoleNeeds } from '../prepared'
import type { AreaId, Answers } from '../types'
import type { Cells, SelectionContent } from './cells'
import { expectedAnswer } from './posterior'

interface Table {
  /** Sub-skills in the order their first question comes, with the index of that question. */
  subSkills: { id: string; area: AreaId; first: number }[]
  /** Sub-skill index of each question. */
  questionSub: Int32Array
  roles: PreparedRole<RoleNeeds>[]
}

const tables = new WeakMap<SelectionContent, Table>()

/** The roles as vectors over the sub-skills the questions measure, built once per content. */
function tableOf(content: SelectionContent): Table {
  const hit = tables.get(content)
  if (hit) return hit
  const subSkills: Table['subSkills'] = []
  const questionSub = Int32Array.from(content.questions, (q, i) => {
    let s = subSkills.findIndex((x) => x.id === q.subSkill)
    if (s < 0) s = subSkills.push({ id: q.subSkill, area: q.area, first: i }) - 1
    return s
  })
  const table = { subSkills, questionSub, roles: content.roles.map((r, order) => prepareRole(r, subSkills, order)) }
  tables.set(content, table)
  return table
}

/**
 * Index of the role a result of these answers shows first, as model/assess.ts ranks it: every
 * asked sub-skill at the mean of its answers, every other one at the answer expected under the
 * posterior `p` (adaptive/complete.ts), then placed as model/placement.ts places them (the profile
 * and the holders' answers, which the quiz's table carries; by must-haves met, then fit, on a
 * table without them). The adaptive quiz
 * asks this role's must-haves before it stops, as it does the leading placement's, so a
 * placement never rests on a core skill nobody asked. Works on the quiz's own table, so the
 * browser picks the same questions as the server.
 */
export function shownRole(content: SelectionContent, cells: Cells, p: Float64Array, answers: Answers): number {
  const t = tableOf(content)
  const sums = new Float64Array(t.subSkills.length)
  const counts = new Int32Array(t.subSkills.length)
  content.questions.forEach((q, i) => {
    const a = answers[q.id]
    if (a === undefined) return
    sums[t.questionSub[i]!]! += a
    counts[t.questionSub[i]!]!++
  })
  const known = new Uint8Array(t.subSkills.length)
  const x = Float64Array.from(t.subSkills, (s, k) => {
    if (counts[k]! === 0) return expectedAnswer(cells, p, s.first)
    known[k] = 1
    return sums[k]! / counts[k]!
  })
  return placedIndex(content, t.roles, x, givenOf(content, answers), known)
}
