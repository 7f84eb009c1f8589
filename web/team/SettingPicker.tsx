import type { SettingId } from '../../model/types'
import { AdminForm } from './AdminForm'
import { JoinKeyField } from './JoinKeyField'
import type { SettingChoice } from './props'

export interface SettingPickerProps {
  teamId: string
  settings: SettingChoice[]
  /** The setting saved for the team; the one shown may be a what-if. */
  savedSetting: SettingId
  joinKey?: string | undefined
  adminToken?: string | undefined
}

/**
 * "What if": the same team seen in another setting (a GET, so nothing changes), and for the
 * admin, while a what-if is shown, a button that saves it as the team’s setting.
 */
export function SettingPicker({
  teamId,
  settings,
  savedSetting,
  joinKey,
  adminToken,
  shown,
}: SettingPickerProps & { shown: SettingChoice }) {
  return (
    <>
      <form method="get" action={adminToken !== undefined ? `/t/${teamId}/admin` : `/t/${teamId}`} class="growth-form">
        {adminToken !== undefined ? <input type="hidden" name="token" value={adminToken} /> : <JoinKeyField joinKey={joinKey} />}
        <label for="what-if">See it for another setting</label>
        <select id="what-if" name="setting">
          {settings.map((s) => (
            <option key={s.id} value={s.id} selected={s.id === shown.id}>
              {s.name}
              {s.id === savedSetting ? ' (saved)' : ''}
            </option>
          ))}
        </select>
        <button type="submit" class="button secondary">
          Show
        </button>
      </form>
      {adminToken !== undefined && shown.id !== savedSetting && (
        <AdminForm teamId={teamId} token={adminToken} action="setting">
          <input type="hidden" name="setting" value={shown.id} />
          <button type="submit" class="button primary">
            Save “{shown.name}” as the team’s setting
          </button>
        </AdminForm>
      )}
    </>
  )
}
