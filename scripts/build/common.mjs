// What the build steps share: esbuild's options, where the worker's generated modules go, a
// line per file made, and whether a step was run by itself (`node scripts/build/<step>.mjs`)
// rather than imported by scripts/build/index.mjs.
import { realpathSync, statSync } from 'node:fs'
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

/** Prints the files a step made, with their sizes. */
export function report(step, paths) {
  const width = Math.max(...paths.map((p) => p.length))
  console.log(`${step}:`)
  for (const path of paths) console.log(`  ${path.padEnd(width)}  ${(statSync(path).size / 1024).toFixed(1).padStart(6)} KB`)
}

/** Whether the module at `url` is the script node was started with. */
export const isMain = (url) => process.argv[1] !== undefined && pathToFileURL(realpathSync(process.argv[1])).href === url
