import type { TeamMap } from '../../model/team'
import type { SettingId } from '../../model/types'

/** The team as its page shows it: the map for the setting shown, with the team's id and name. */
export type TeamPageData = TeamMap & { id: string; name: string }

/** A setting a team can be seen in, as the setting picker and the needs card show it. */
export interface SettingChoice {
  id: SettingId
  name: string
  summary: string
}

/** What the admin link opens: the token every admin form carries, the link itself, and whether the team is new. */
export interface AdminAccess {
  token: string
  adminUrl: string
  isNew: boolean
}
