// `npm run eval:cv`: leave-one-group-out over every group of typical people (test/eval/cross-validate.ts),
// with placement by the holders' answers and by fit alone. About a minute on two cores.
import { importBundled } from './import-bundled.mjs'

const { crossValidate } = await importBundled('cross-validate', 'test/eval/cross-validate.ts')
for (const holders of [true, false]) {
  const f = crossValidate(holders)
  console.log(
    `${holders ? 'profile and holders' : 'fit alone          '}: ${f.people} people, full quiz ${f.full}, adaptive ${f.adaptive}, seniority ${f.seniority}, clear ${f.clear} (${f.clearWrong} wrongly)`,
  )
  console.log(`  per group (first 50, then held-out 1, 2, …; full/adaptive/seniority/clear (wrongly)): ${f.groups.join(', ')}`)
}
