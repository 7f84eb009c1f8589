/** Team maps: what a team covers, what its setting needs, and whom to hire next. Pure, like the rest of model/. */
export { BRIDGES } from './bridges'
export { nextHire } from './hire'
export { mapTeam } from './map'
export { CORE_MATCH, COVERS, covers, coversCore, memberOf, topRole } from './members'
export { CORE, NEED_RULES, type NeedContext, type NeedRule } from './needs'
export type { Bridge, CoveredRole, Hire, MemberSnapshot, NeedSource, TeamMap, TeamMember, TeamNeed, TopRole } from './types'
