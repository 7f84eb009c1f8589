// Checked in: scoring.mjs is scripts/build/generated-modules.mjs's bundle of this entry point.
export * from '../scoring-module'
