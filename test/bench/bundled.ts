import { build } from 'esbuild'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * A module of the model bundled the way wrangler ships it (esbuild, one minified module), so
 * a benchmark measures the model's code rather than the test runner's module wrappers.
 */
export async function bundled<T>(entry: string): Promise<T> {
  const outfile = join(mkdtempSync(join(tmpdir(), 'role-spectrum-bench-')), 'model.mjs')
  await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    minify: true,
    outfile,
    logLevel: 'warning',
  })
  return import(pathToFileURL(outfile).href)
}
