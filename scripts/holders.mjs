// `npm run holders`: writes model/content/holders.ts, the typical holders' answer counts that
// placement weighs (model/placement.ts), from the groups test/eval/report.ts names (HOLDER_GROUPS).
import { execFileSync } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { importBundled } from './import-bundled.mjs'

const { text } = await importBundled('holders', {
  source: [
    "import { content } from './model'",
    "import { holdersModule } from './test/eval/holders'",
    "import { HOLDER_GROUPS } from './test/eval/report'",
    'export const text = holdersModule(content, HOLDER_GROUPS)',
  ].join('\n'),
})
await writeFile('model/content/holders.ts', text)
// As the linter wants it: one digit string a line.
execFileSync('node_modules/.bin/biome', ['format', '--write', 'model/content/holders.ts'], { stdio: 'ignore' })
console.log('wrote model/content/holders.ts')
