// Checked in: pages.mjs is scripts/build/generated-modules.mjs's bundle of this entry point.
export * from '../../web/pages/render'
