// Bundles a TypeScript module of this repository for Node with esbuild (the model and the
// evaluation import JSON fixtures and use TypeScript paths Node cannot load alone) and imports it.
// `npm run eval`, `npm run holders` and `npm run eval:cv` run test/eval/ this way.
import { build } from 'esbuild'
import { pathToFileURL } from 'node:url'

/** Imports `from` (a path, or `{ source }`: module text resolved from the repository root) bundled to dist/eval/`name`.mjs. */
export async function importBundled(name, from) {
  const outfile = `dist/eval/${name}.mjs`
  await build({
    ...(typeof from === 'string' ? { entryPoints: [from] } : { stdin: { contents: from.source, resolveDir: '.', loader: 'ts' } }),
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'warning',
  })
  return import(pathToFileURL(outfile).href)
}
