// Checked in: team-map.mjs is scripts/build/generated-modules.mjs's bundle of this entry point.
export * from '../../model/team/index'
