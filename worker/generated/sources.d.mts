// Checked in: sources.mjs is scripts/build/generated-modules.mjs's bundle of this entry point.
export * from '../sources/handlers'
