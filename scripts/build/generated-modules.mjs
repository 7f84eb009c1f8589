// Build step `npm run build:modules`: the worker modules that are uploaded unbundled
// (find_additional_modules in wrangler.toml) and loaded on first use (worker/lazy-modules.ts),
// so that the main worker stays small. Each is one entry point bundled into
// worker/generated/<name>.mjs; its types are the checked-in worker/generated/<name>.d.mts,
// which re-exports the entry point, so the compiler checks every caller against the source.
// Needs worker/generated/glyphs.ts (build:fonts) for the card.
import { existsSync } from 'node:fs'
import { build } from 'esbuild'
import { esbuildCommon, GENERATED, isMain, report } from './common.mjs'

/** Module name → entry point. */
export const MODULES = {
  // The social-card renderer with its glyph outlines: only the image route loads it.
  card: 'worker/image/card.ts',
  // The team page's components: the team routes only.
  'team-page': 'web/team/render.tsx',
  // The team map's arithmetic: only the team routes and the team's object compute maps.
  'team-map': 'model/team/index.ts',
  // The questions' words (a quarter of the content) and the quiz pages: only the quiz routes.
  quiz: 'worker/quiz-module.tsx',
  // The comparison pages, with the team map's rules they read a pair by: the compare routes only.
  'compare-page': 'web/compare/render.tsx',
  // Computing the norms from D1 (cron, first read) and the /stats page: those only.
  norms: 'worker/norms/module.tsx',
  // Scoring a quiz (the model's algorithms): only the routes that create a result.
  scoring: 'worker/scoring-module.ts',
  // The landing page and a result's private pages (saved, delete): those routes only.
  pages: 'web/pages/render.tsx',
  // Widget sources and their owners' cohort views: the /s and /api/sources routes only.
  sources: 'worker/sources/handlers.tsx',
}

export async function buildGeneratedModules() {
  const made = []
  for (const [name, entry] of Object.entries(MODULES)) {
    if (!existsSync(`${GENERATED}/${name}.d.mts`))
      throw new Error(`${GENERATED}/${name}.d.mts is missing: check in one that re-exports ${entry}`)
    const outfile = `${GENERATED}/${name}.mjs`
    await build({ ...esbuildCommon, entryPoints: [entry], outfile, format: 'esm', platform: 'neutral' })
    made.push(outfile)
  }
  report('worker modules', made)
}

if (isMain(import.meta.url)) await buildGeneratedModules()
