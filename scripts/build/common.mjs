// What the build steps share: esbuild's options, where the worker's generated modules go, a
// line per file made, and whether a step was run by itself (`node scripts/build/<step>.mjs`)
// rather than imported by scripts/build/index.mjs.
import { readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

/** Generated worker modules; only the hand-written declarations (*.d.ts, *.d.mts) here are checked in. */
export const GENERATED = 'worker/generated'

export const esbuildCommon = {
  bundle: true,
  minify: true,
  target: 'es2020',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  legalComments: 'none',
  logLevel: 'warning',
}

/**
 * Writes a generated source file only when its text changed. The build runs on every change
 * under `wrangler dev` (wrangler.toml's watch_dir holds worker/, where these files live): writing
 * the same text again would count as a change and start the build again, forever.
 */
export function writeIfChanged(path, text) {
  let old
  try {
    old = readFileSync(path, 'utf8')
  } catch {}
  if (old !== text) writeFileSync(path, text)
}

/** Prints the files a step made, with their sizes. */
export function report(step, paths) {
  const width = Math.max(...paths.map((p) => p.length))
  console.log(`${step}:`)
  for (const path of paths) console.log(`  ${path.padEnd(width)}  ${(statSync(path).size / 1024).toFixed(1).padStart(6)} KB`)
}

/** Whether the module at `url` is the script node was started with. */
export const isMain = (url) => process.argv[1] !== undefined && pathToFileURL(realpathSync(process.argv[1])).href === url
