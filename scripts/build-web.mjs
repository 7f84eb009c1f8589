// Builds the browser bundles and stylesheet into dist/public/assets with content-hashed
// names, the widget loader into dist/public/embed.js, the static assets' headers, and
// writes worker/generated/assets.ts so the worker links to the current files.
import { build } from 'esbuild'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import './build-font.mjs'

const out = 'dist/public/assets'
await rm('dist/public', { recursive: true, force: true })
await mkdir(out, { recursive: true })

const common = {
  bundle: true,
  minify: true,
  target: 'es2020',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  legalComments: 'none',
  logLevel: 'warning',
}

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

const result = await build({
  ...common,
  plugins: [percentClasses],
  entryPoints: {
    quiz: 'web/client/quiz.tsx',
    result: 'web/client/result.ts',
    embedQuiz: 'web/client/embed-quiz.tsx',
    embedCard: 'web/client/embed-card.ts',
    team: 'web/client/team.ts',
    style: 'web/styles.css',
  },
  outdir: out,
  entryNames: '[name]-[hash]',
  format: 'esm',
  metafile: true,
})

// The loader keeps a stable URL (sites paste it), so it is not hashed and is cached briefly.
await build({ ...common, entryPoints: ['web/embed/loader.ts'], outfile: 'dist/public/embed.js', format: 'iife' })

await writeFile(
  'dist/public/_headers',
  [
    '/*',
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '/assets/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '/embed.js',
    '  Cache-Control: public, max-age=3600',
    '  Access-Control-Allow-Origin: *',
    '',
  ].join('\n'),
)

// The social-card renderer (with its glyph outlines) is a separate worker module, uploaded
// unbundled (find_additional_modules) and loaded only by the image route.
await build({
  ...common,
  entryPoints: ['worker/image/card.ts'],
  outfile: 'worker/generated/card.mjs',
  format: 'esm',
  platform: 'neutral',
})
// The team page's components, likewise, for the team routes only.
await build({
  ...common,
  entryPoints: ['web/team/render.tsx'],
  outfile: 'worker/generated/team-page.mjs',
  format: 'esm',
  platform: 'neutral',
})
// The team map's arithmetic, likewise: only the team routes and the team's object compute maps.
await build({
  ...common,
  entryPoints: ['model/team/index.ts'],
  outfile: 'worker/generated/team-map.mjs',
  format: 'esm',
  platform: 'neutral',
})
await writeFile('worker/generated/team-map.d.mts', "export { mapTeam } from '../../model/team'\n")
// The questions' words (a quarter of the content) and the quiz pages, likewise: only the quiz
// routes show them.
await build({
  ...common,
  entryPoints: ['worker/quiz-module.tsx'],
  outfile: 'worker/generated/quiz.mjs',
  format: 'esm',
  platform: 'neutral',
})
await writeFile('worker/generated/quiz.d.mts', "export * from '../quiz-module'\n")
await writeFile(
  'worker/generated/team-page.d.mts',
  "import type { TeamPageProps } from '../../web/team/TeamPage'\nexport function renderTeamPage(props: TeamPageProps): string\n",
)
await writeFile(
  'worker/generated/card.d.mts',
  "import type { AnyResult } from '../../model/types'\nexport function renderCardPng(result: AnyResult, displayName?: string): Promise<Uint8Array>\n",
)

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
console.log('built', Object.values(files).join(' '), '/embed.js')
