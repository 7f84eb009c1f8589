import type { ScoringContent, RoleFit, SettingAdvice } from './types'

/** For each of the given roles, the team settings of seed 000 it suits, in the content's setting order. */
export function settingAdvice(content: ScoringContent, top: RoleFit[]): SettingAdvice[] {
  return top.map((fit) => {
    const role = content.roles.find((r) => r.id === fit.id)!
    return {
      roleId: role.id,
      roleName: role.name,
      settings: content.settings
        .filter((s) => role.settings[s.id])
        .map((s) => ({ id: s.id, name: s.name, line: role.settings[s.id]! })),
    }
  })
}
