import type { Bridge } from '../../model/team'

/** The two bridges between neighbouring roles, and who on the team covers each. */
export function Bridges({ bridges }: { bridges: Bridge[] }) {
  return (
    <section class="card" aria-labelledby="bridges-title">
      <h2 id="bridges-title">The two bridges</h2>
      <ul>
        {bridges.map((b) => (
          <li key={b.id}>
            <strong>{b.name}</strong>: {b.members.length ? b.members.join(', ') : <em>nobody yet</em>}
            <br />
            <span class="muted">{b.explanation}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
