// `npm run eval:cv`: leave-one-group-out over every group of typical people (test/eval/cross-validate.ts),
// with placement by the holders' answers and by fit alone. About a minute on two cores.
import { build } from 'esbuild'
import { pathToFileURL } from 'node:url'

const out = 'dist/eval/cross-validate.mjs'
await build({
  entryPoints: ['test/eval/cross-validate.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: out,
  logLevel: 'warning',
})
const { crossValidate } = await import(pathToFileURL(out).href)
for (const holders of [true, false]) {
  const f = crossValidate(holders)
  console.log(
    `${holders ? 'profile and holders' : 'fit alone          '}: ${f.people} people, full quiz ${f.full}, adaptive ${f.adaptive}, seniority ${f.seniority}, clear ${f.clear} (${f.clearWrong} wrongly)`,
  )
  console.log(`  per group (first 50, then held-out 1, 2, …; full/adaptive/seniority/clear (wrongly)): ${f.groups.join(', ')}`)
}
