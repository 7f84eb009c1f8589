// `npm run holders`: writes model/content/holders.ts, the typical holders' answer counts that
// placement weighs (model/placement.ts), from the groups test/eval/report.ts names (HOLDER_GROUPS).
import { execFileSync } from 'node:child_process'
import { build } from 'esbuild'
import { writeFile } from 'node:fs/promises'
import { pathToFileURL } from 'node:url'

const out = 'dist/eval/holders.mjs'
await build({
  stdin: {
    contents:
      "import { content } from './model'\nimport { holdersModule } from './test/eval/holders'\nimport { HOLDER_GROUPS } from './test/eval/report'\nexport const text = holdersModule(content, HOLDER_GROUPS)\n",
    resolveDir: '.',
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: out,
  logLevel: 'warning',
})
const { text } = await import(pathToFileURL(out).href)
await writeFile('model/content/holders.ts', text)
// As the linter wants it: one digit string a line.
execFileSync('node_modules/.bin/biome', ['format', '--write', 'model/content/holders.ts'], { stdio: 'ignore' })
console.log('wrote model/content/holders.ts')
