import type { CoveredRole } from '../../model/team'
import { roleInSentence } from '../../contract/format'

/** The roles someone on the team covers, and the ones two or more people cover. */
export function CoveredRoles({ roles, overlaps }: { roles: CoveredRole[]; overlaps: CoveredRole[] }) {
  return (
    <section class="card" aria-labelledby="roles-title">
      <h2 id="roles-title">Roles the team covers</h2>
      {roles.length ? (
        <ul>
          {roles.map((r) => (
            <li key={r.id}>
              <strong>{r.name}</strong>: {r.members.join(', ')}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">None yet.</p>
      )}
      <h3>Overlaps</h3>
      {overlaps.length ? (
        <ul>
          {overlaps.map((r) => (
            <li key={r.id}>
              {r.members.length} people cover {roleInSentence(r.name)}: {r.members.join(', ')}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">No two people cover the same role.</p>
      )}
    </section>
  )
}
