import type { AreaId, SettingId, SpectrumAnchor } from '../../model/types'
import { Layout } from '../pages/Layout'
import { AdminControls } from './AdminControls'
import { AdminLinks } from './AdminLinks'
import { Bridges } from './Bridges'
import { Coverage } from './Coverage'
import { CoveredRoles } from './CoveredRoles'
import { JoinCard } from './JoinCard'
import { NextHire } from './NextHire'
import type { AdminAccess, SettingChoice, TeamPageData } from './props'
import { TeamHeader } from './TeamHeader'
import { TeamMembers } from './TeamMembers'
import { TeamNeeds } from './TeamNeeds'

export interface TeamPageProps {
  team: TeamPageData
  /** The setting saved for the team (team.setting may be a what-if). */
  savedSetting: SettingId
  settings: SettingChoice[]
  areaNames: { id: AreaId; name: string }[]
  anchors: SpectrumAnchor[]
  joinUrl: string
  /** The key in the join link, once the lead has replaced the first link; forms carry it on. */
  joinKey?: string | undefined
  admin?: AdminAccess | undefined
  notice?: string | undefined
  joinError?: Record<string, string> | undefined
  joinValues?: { result?: string; name?: string } | undefined
}

/** A whole team on the spectrum, against what its setting needs, and who to hire next. */
export function TeamPage({
  team,
  savedSetting,
  settings,
  areaNames,
  anchors,
  joinUrl,
  joinKey,
  admin,
  notice,
  joinError,
  joinValues,
}: TeamPageProps) {
  const shown = settings.find((s) => s.id === team.setting)!
  const adminToken = admin?.token
  return (
    <Layout wide>
      <article class="team">
        <TeamHeader
          name={team.name}
          memberCount={team.members.length}
          settingName={shown.name}
          whatIf={team.setting !== savedSetting}
          admin={admin !== undefined}
        />
        {notice && (
          <p class="notice" id="welcome" role="status">
            {notice}
          </p>
        )}
        {admin && <AdminLinks admin={admin} joinUrl={joinUrl} />}
        <NextHire hire={team.nextHire} />
        <TeamMembers teamId={team.id} members={team.members} anchors={anchors} adminToken={adminToken} />
        <Coverage coverage={team.coverage} spread={team.spread} areaNames={areaNames} />
        <TeamNeeds
          teamId={team.id}
          shown={shown}
          needs={team.needs}
          settings={settings}
          savedSetting={savedSetting}
          joinKey={joinKey}
          adminToken={adminToken}
        />
        <div class="team-grid">
          <CoveredRoles roles={team.roles} overlaps={team.overlaps} />
          <Bridges bridges={team.bridges} />
        </div>
        <JoinCard
          teamId={team.id}
          joinKey={joinKey}
          joinUrl={joinUrl}
          showJoinUrl={!admin}
          errors={joinError}
          values={joinValues}
        />
        {adminToken !== undefined && <AdminControls teamId={team.id} token={adminToken} />}
      </article>
    </Layout>
  )
}
