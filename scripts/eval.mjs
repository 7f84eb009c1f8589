// `npm run eval`: bundles the model evaluation (test/eval/) for Node, prints the report and
// writes it to docs/model-report.md. Exits non-zero when goal (a) or (d) of issue #11 is missed.
import { mkdir, writeFile } from 'node:fs/promises'
import { importBundled } from './import-bundled.mjs'

const { report } = await importBundled('report', 'test/eval/report.ts')
const { markdown, ok } = report(process.argv.includes('--quick'))
await mkdir('docs', { recursive: true })
await writeFile('docs/model-report.md', markdown)
console.log(markdown)
console.log(ok ? 'eval: goals (a) and (d) met' : 'eval: a goal of (a) or (d) is missed')
process.exit(ok ? 0 : 1)
