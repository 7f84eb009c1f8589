// `npm run eval`: bundles the model evaluation (test/eval/) for Node, prints the report and
// writes it to docs/model-report.md. Exits non-zero when goal (a) or (d) of issue #11 is missed.
import { build } from 'esbuild'
import { mkdir, writeFile } from 'node:fs/promises'
import { pathToFileURL } from 'node:url'

const out = 'dist/eval/report.mjs'
await build({
  entryPoints: ['test/eval/report.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: out,
  logLevel: 'warning',
})
const { report } = await import(pathToFileURL(out).href)
const { markdown, ok } = report(process.argv.includes('--quick'))
await mkdir('docs', { recursive: true })
await writeFile('docs/model-report.md', markdown)
console.log(markdown)
console.log(ok ? 'eval: goals (a) and (d) met' : 'eval: a goal of (a) or (d) is missed')
process.exit(ok ? 0 : 1)
