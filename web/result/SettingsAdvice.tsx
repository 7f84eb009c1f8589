import type { SettingAdvice } from '../../model/types'
import { withArticle } from '../../contract/format'

/** For the top roles, the team settings of seed 000 that suit them. */
export function SettingsAdvice({ advice }: { advice: SettingAdvice[] }) {
  return (
    <div class="settings-advice">
      {advice.map((a) => (
        <div key={a.roleId} class="setting-role">
          <h3>As {withArticle(a.roleName)}</h3>
          {a.settings.length > 0 ? (
            <ul>
              {a.settings.map((s) => (
                <li key={s.id}>
                  <strong>{s.name}.</strong> {s.line}
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">Suits most team settings equally.</p>
          )}
        </div>
      ))}
    </div>
  )
}
