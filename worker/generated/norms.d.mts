// Checked in: norms.mjs is scripts/build/generated-modules.mjs's bundle of this entry point.
export * from '../norms/module'
