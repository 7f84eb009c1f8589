import { assets } from './generated/assets'

/**
 * Names this build: every asset name carries a hash of its content (scripts/build/web-assets.mjs),
 * so a short hash of the manifest changes whenever a page would link to other files. Kept in
 * ETags, so that after a deploy a browser never keeps old HTML whose assets are gone.
 */
export const BUILD_ID = ((): string => {
  let h = 0
  for (const ch of Object.values(assets).join()) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0
  return (h >>> 0).toString(36)
})()
