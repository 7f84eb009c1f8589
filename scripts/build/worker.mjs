// Build step `npm run build:worker`: the worker, bundled from worker/index.ts with code
// splitting into dist/worker. Every dynamic import (worker/lazy-modules.ts) becomes a chunk
// that workerd loads on first use; code shared by several chunks goes into a shared chunk once.
// wrangler uploads the folder as it is (no_bundle in wrangler.toml). The metafile
// (dist/worker-meta.json) tells `npm run size` which chunks load at startup.
// Needs worker/generated/glyphs.ts (build:fonts) and worker/generated/assets.ts (build:web).
import { rm, writeFile } from 'node:fs/promises'
import { build } from 'esbuild'
import { esbuildCommon, isMain, report } from './common.mjs'

export const WORKER_OUT = 'dist/worker'
export const WORKER_META = 'dist/worker-meta.json'

export async function buildWorker() {
  await rm(WORKER_OUT, { recursive: true, force: true })
  const result = await build({
    ...esbuildCommon,
    entryPoints: { index: 'worker/index.ts' },
    outdir: WORKER_OUT,
    splitting: true,
    format: 'esm',
    platform: 'neutral',
    // What workerd resolves packages by, as wrangler's own bundler does.
    conditions: ['workerd', 'worker', 'browser'],
    mainFields: ['browser', 'module', 'jsnext:main', 'main'],
    external: ['cloudflare:*', 'node:*'],
    chunkNames: 'chunks/[name]-[hash]',
    target: 'esnext',
    metafile: true,
  })
  await writeFile(WORKER_META, JSON.stringify(result.metafile))
  report('worker', Object.keys(result.metafile.outputs).sort())
}

if (isMain(import.meta.url)) await buildWorker()
