import type { ComponentChildren } from 'preact'

/** What an admin form asks the team page to do (worker/routes/team-pages.tsx). */
export type AdminAction = 'remove' | 'setting' | 'new-link' | 'delete'

/** A form posting one admin action, carrying the admin token; the children add fields and the button. */
export function AdminForm({
  teamId,
  token,
  action,
  id,
  class: className,
  children,
}: {
  teamId: string
  token: string
  action: AdminAction
  id?: string
  class?: string
  children: ComponentChildren
}) {
  return (
    <form method="post" action={`/t/${teamId}/admin`} id={id} class={className}>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="action" value={action} />
      {children}
    </form>
  )
}
