/** The page's heading: the team's name, how many members it has and the setting shown. */
export function TeamHeader({
  name,
  memberCount,
  settingName,
  whatIf,
  admin,
}: {
  name: string
  memberCount: number
  settingName: string
  /** The setting shown is not the one saved for the team. */
  whatIf: boolean
  admin: boolean
}) {
  return (
    <header class="result-hero">
      <p class="eyebrow">Team map{admin ? ' · admin' : ''}</p>
      <h1>{name}</h1>
      <p class="lead">
        {memberCount === 1 ? '1 member' : `${memberCount} members`} · {settingName}
        {whatIf && ' (what if)'}
      </p>
    </header>
  )
}
