// Build step `npm run build:web`: the browser bundles and stylesheet into dist/public/assets
// with content-hashed names, the widget loader into dist/public/embed.js, the static assets'
// headers into dist/public/_headers, and worker/generated/assets.ts, which tells the worker the
// current file names.
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { build } from 'esbuild'
import { esbuildCommon, GENERATED, isMain, report, writeIfChanged } from './common.mjs'

const PUBLIC = 'dist/public'

// The stylesheet's `@import 'percent-classes'`: `.pct-0{--pct:0%}` … `.pct-100`, the classes
// of web/percent.ts that stand in for inline style attributes, which the CSP does not allow.
const percentCss = Array.from({ length: 101 }, (_, i) => `.pct-${i}{--pct:${i}%}`).join('\n')
const percentClasses = {
  name: 'percent-classes',
  setup(b) {
    b.onResolve({ filter: /^percent-classes$/ }, () => ({ path: 'percent-classes', namespace: 'generated' }))
    b.onLoad({ filter: /.*/, namespace: 'generated' }, () => ({ contents: percentCss, loader: 'css' }))
  },
}

const HEADERS = [
  '/*',
  '  X-Content-Type-Options: nosniff',
  '  Referrer-Policy: strict-origin-when-cross-origin',
  '/assets/*',
  '  Cache-Control: public, max-age=31536000, immutable',
  '/embed.js',
  '  Cache-Control: public, max-age=3600',
  '  Access-Control-Allow-Origin: *',
  '',
].join('\n')

export async function buildWebAssets() {
  const out = `${PUBLIC}/assets`
  await rm(PUBLIC, { recursive: true, force: true })
  await mkdir(out, { recursive: true })

  const result = await build({
    ...esbuildCommon,
    plugins: [percentClasses],
    entryPoints: {
      quiz: 'web/client/quiz.tsx',
      result: 'web/client/result.ts',
      embedQuiz: 'web/client/embed-quiz.tsx',
      embedCard: 'web/client/embed-card.ts',
      team: 'web/client/team.ts',
      landing: 'web/client/landing.ts',
      style: 'web/styles.css',
    },
    outdir: out,
    entryNames: '[name]-[hash]',
    format: 'esm',
    metafile: true,
  })

  // The loader keeps a stable URL (sites paste it), so it is not hashed and is cached briefly.
  await build({ ...esbuildCommon, entryPoints: ['web/embed/loader.ts'], outfile: `${PUBLIC}/embed.js`, format: 'iife' })
  await writeFile(`${PUBLIC}/_headers`, HEADERS)

  /** Entry name → URL path, e.g. quiz → /assets/quiz-7RBG2NI5.js. */
  const files = {}
  const made = []
  for (const [path, meta] of Object.entries(result.metafile.outputs)) {
    if (!meta.entryPoint) continue
    files[basename(path).split('-')[0]] = `/assets/${basename(path)}`
    made.push(path)
  }
  await mkdir(GENERATED, { recursive: true })
  writeIfChanged(
    `${GENERATED}/assets.ts`,
    `// Written by scripts/build/web-assets.mjs; do not edit.\nexport const assets = ${JSON.stringify(files, null, 2)} as const\n`,
  )
  report('web assets', [...made, `${PUBLIC}/embed.js`, `${PUBLIC}/_headers`, `${GENERATED}/assets.ts`])
}

if (isMain(import.meta.url)) await buildWebAssets()
