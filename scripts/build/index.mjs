// `npm run build`, and wrangler's [build] command before every `wrangler dev` and deploy: the
// build steps in order, each of which also runs alone (`npm run build:<step>`). A step may use
// what an earlier one wrote (the card module bundles the glyphs), never what a later one writes.
import { buildFonts } from './fonts.mjs'
import { buildWebAssets } from './web-assets.mjs'
import { buildWorker } from './worker.mjs'

await buildFonts() // worker/generated/glyphs.ts
await buildWebAssets() // dist/public, worker/generated/assets.ts
await buildWorker() // dist/worker: the worker, split into chunks loaded on first use
