import type { TeamMember, TopRole } from '../../model/team'
import { positionPhrase } from '../../contract/format'
import { AdminForm } from './AdminForm'

/** After the role's name: "(best guess)" when the member's placement is unclear, else the match (older results: the fit). */
const roleNote = (r: TopRole): string => (r.guess ? '(best guess)' : r.match === undefined ? `(${r.fit})` : `(${r.match}% match)`)

/**
 * The members, their closest role and their place on the spectrum. For the admin each row has a
 * box for "Remove selected" and its own Remove button; for others, a Leave button that
 * web/client/team.ts shows on rows of results made on this device.
 */
export function MembersTable({
  teamId,
  members,
  adminToken,
}: {
  teamId: string
  members: TeamMember[]
  adminToken?: string | undefined
}) {
  const admin = adminToken !== undefined
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a box that scrolls must be reachable by keyboard to be scrolled
    <section class="table-scroll" aria-label="Members" tabIndex={0}>
      {/* The admin view has five columns: on a narrow phone the table scrolls in its box, not the page. */}
      <table class="members">
        <caption class="visually-hidden">Members, their closest role and their place on the spectrum</caption>
        <thead>
          <tr>
            {admin && (
              <th scope="col">
                <span class="visually-hidden">Select</span>
                <input type="checkbox" data-select-all aria-label="Select every member" hidden />
              </th>
            )}
            <th scope="col">Member</th>
            <th scope="col">Closest role</th>
            <th scope="col">Place</th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.memberId} data-member={m.memberId} data-result={m.resultId}>
              {admin && (
                <td>
                  <input type="checkbox" name="memberId" value={m.memberId} form="bulk-remove" aria-label={`Select ${m.name}`} />
                </td>
              )}
              <th scope="row">
                <a href={`/r/${m.resultId}`}>{m.name}</a>
              </th>
              <td>
                {m.topRole.name} <span class="muted">{roleNote(m.topRole)}</span>
                {m.notAsked !== undefined && (
                  <small class="muted member-note">
                    {' '}
                    · {m.notAsked} {m.notAsked === 1 ? 'skill' : 'skills'} not asked, not counted
                  </small>
                )}
              </td>
              <td>
                {Math.round(m.position * 100)} <span class="muted">· {positionPhrase(m.position, 'short')}</span>
              </td>
              <td>
                {adminToken !== undefined ? (
                  <AdminForm teamId={teamId} token={adminToken} action="remove">
                    <input type="hidden" name="memberId" value={m.memberId} />
                    <button type="submit" class="link-button">
                      Remove <span class="visually-hidden">{m.name}</span>
                    </button>
                  </AdminForm>
                ) : (
                  <button type="button" class="link-button leave" hidden>
                    Leave
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
