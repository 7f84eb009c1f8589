import { AdminForm } from './AdminForm'

/** The admin's team-wide actions: replace a join link that spread too far, or delete the team. */
export function AdminControls({ teamId, token }: { teamId: string; token: string }) {
  return (
    <>
      <section class="card" aria-labelledby="replace-title">
        <h2 id="replace-title">Link shared too widely?</h2>
        <p>
          If the join link reached people who should not join, replace it: the old link stops opening the team, for joining and
          for viewing, and everyone already on the team stays. Then share the new link with your team.
        </p>
        <AdminForm teamId={teamId} token={token} action="new-link">
          <button type="submit" class="button secondary">
            Replace the join link
          </button>
        </AdminForm>
      </section>
      <section class="card danger" aria-labelledby="delete-title">
        <h2 id="delete-title">Delete the team</h2>
        <p>Removes the team and every member from it. Members' own results stay.</p>
        <AdminForm teamId={teamId} token={token} action="delete">
          <button type="submit" class="button secondary">
            Delete the team
          </button>
        </AdminForm>
      </section>
    </>
  )
}
