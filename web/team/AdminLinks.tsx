import { CopyField } from './CopyField'
import type { AdminAccess } from './props'

/** The admin's two links: the join link to share and the private admin link. */
export function AdminLinks({ admin, joinUrl }: { admin: AdminAccess; joinUrl: string }) {
  return (
    <section class="card" aria-labelledby="links-title">
      <h2 id="links-title">{admin.isNew ? 'Your team is ready' : 'Links'}</h2>
      <p>
        Share the join link with your team. Keep the admin link to yourself: it is the only way to change or delete the team, and
        it is shown only to you.
      </p>
      <CopyField id="join-url" label="Join link" value={joinUrl} />
      <CopyField id="admin-url" label="Admin link (private)" value={admin.adminUrl} />
    </section>
  )
}
