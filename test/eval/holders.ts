import { encodeCounts } from '../../model/holder-answers'
import { HOLDER_BANDS, type HolderCounts, type ScoringContent } from '../../model/types'
import type { Person } from './evaluate'

/**
 * The holder tables of model/content/holders.ts: for each role and stage, how many of its
 * typical people gave each answer to each skill question (content order, answers 0..4). People of
 * a stage other than entry, mid and senior are left out.
 */
export function countHolders(content: ScoringContent, people: readonly Person[]): HolderCounts {
  const out: Record<string, Record<string, string>> = {}
  for (const role of content.roles) {
    out[role.id] = Object.fromEntries(
      HOLDER_BANDS.map((band) => {
        const counts = new Int32Array(content.questions.length * 5)
        for (const p of people)
          if (p.role === role.id && p.seniority === band)
            content.questions.forEach((q, i) => {
              counts[i * 5 + p.answers[q.id]!]!++
            })
        return [band, encodeCounts(counts)]
      }),
    )
  }
  return out as HolderCounts
}

/** model/content/holders.ts as `npm run holders` writes it: the counts of `groups` (HOLDER_GROUPS, test/eval/report.ts). */
export function holdersModule(content: ScoringContent, groups: readonly (readonly Person[])[]): string {
  const people = groups.flat()
  const kept = people.filter((p) => (HOLDER_BANDS as readonly string[]).includes(p.seniority)).length
  const counts = countHolders(content, people)
  const body = content.roles
    .map((r) => `  '${r.id}': {\n${HOLDER_BANDS.map((b) => `    ${b}:\n      '${counts[r.id]![b]}',`).join('\n')}\n  },`)
    .join('\n')
  return `import type { HolderCounts } from '../types'

/**
 * How ${kept} of the ${people.length} typical people written blind from the articles (test/fixtures: the
 * first 50 and held-out groups 1 to ${groups.length - 1}; the ${people.length - kept} written at another stage, a lead,
 * left out) answered each skill question, by role and career stage: for each
 * question in content order, five base-36 digits counting the answers 0 to 4. Placement weighs
 * them beside the role profiles (model/placement.ts). Written by \`npm run holders\`
 * (test/eval/holders.ts) and held to it by test/model/placement.test.ts: never edit a digit here.
 */
export const holders: HolderCounts = {
${body}
}
`
}
