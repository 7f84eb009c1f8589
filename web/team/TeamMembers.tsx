import type { TeamMember } from '../../model/team'
import type { SpectrumAnchor } from '../../model/types'
import { AdminForm } from './AdminForm'
import { MembersTable } from './MembersTable'
import { TeamSpectrum } from './TeamSpectrum'

/** The team on the spectrum: every member as a dot, the members table and, for the admin, "Remove selected". */
export function TeamMembers({
  teamId,
  members,
  anchors,
  adminToken,
}: {
  teamId: string
  members: TeamMember[]
  anchors: SpectrumAnchor[]
  adminToken?: string | undefined
}) {
  return (
    <section class="card" aria-labelledby="members-title">
      <h2 id="members-title">The team on the spectrum</h2>
      <TeamSpectrum anchors={anchors} members={members} />
      {members.length === 0 ? (
        <p>Nobody has joined yet. Share the join link.</p>
      ) : (
        <MembersTable teamId={teamId} members={members} adminToken={adminToken} />
      )}
      {adminToken !== undefined && members.length > 0 && (
        <AdminForm teamId={teamId} token={adminToken} action="remove" id="bulk-remove" class="bulk-remove">
          <button type="submit" class="button secondary">
            Remove selected
          </button>
        </AdminForm>
      )}
    </section>
  )
}
