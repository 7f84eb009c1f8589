import type { TeamNeed } from '../../model/team'
import type { SettingChoice } from './props'
import { SettingPicker, type SettingPickerProps } from './SettingPicker'

/** What the setting shown asks of the team, each need met or not, and the picker for another setting. */
export function TeamNeeds({ shown, needs, ...picker }: { shown: SettingChoice; needs: TeamNeed[] } & SettingPickerProps) {
  return (
    <section class="card" aria-labelledby="needs-title">
      <h2 id="needs-title">What “{shown.name.toLowerCase()}” needs</h2>
      <p class="muted">{shown.summary}</p>
      <ul class="needs">
        {needs.map((n) => (
          <li key={n.id} class={n.met ? 'met' : 'unmet'}>
            <span class="need-mark" aria-hidden="true">
              {n.met ? '✓' : '✗'}
            </span>
            <span>
              <strong>{n.text}</strong> <span class="visually-hidden">{n.met ? '(met)' : '(not met)'}</span>
              <br />
              <span class="muted">{n.detail}</span>
            </span>
          </li>
        ))}
      </ul>
      <SettingPicker {...picker} shown={shown} />
    </section>
  )
}
