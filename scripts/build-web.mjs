// Builds the browser bundles and stylesheet into dist/public/assets with content-hashed
// names, and writes worker/generated/assets.ts so the worker links to the current files.
import { build } from 'esbuild'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { basename } from 'node:path'

const out = 'dist/public/assets'
await rm('dist/public', { recursive: true, force: true })
await mkdir(out, { recursive: true })

const result = await build({
  entryPoints: { quiz: 'web/client/quiz.tsx', result: 'web/client/result.ts', style: 'web/styles.css' },
  outdir: out,
  entryNames: '[name]-[hash]',
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2020',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  metafile: true,
  legalComments: 'none',
  logLevel: 'warning',
})

const files = {}
for (const [path, meta] of Object.entries(result.metafile.outputs)) {
  if (!meta.entryPoint) continue
  const name = basename(path).split('-')[0]
  files[name] = `/assets/${basename(path)}`
}
await mkdir('worker/generated', { recursive: true })
await writeFile(
  'worker/generated/assets.ts',
  `// Written by scripts/build-web.mjs; do not edit.\nexport const assets = ${JSON.stringify(files, null, 2)} as const\n`,
)
console.log('built', Object.values(files).join(' '))
