// Checked in: compare-page.mjs is scripts/build/generated-modules.mjs's bundle of this entry point.
export * from '../../web/compare/render'
