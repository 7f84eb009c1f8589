import type { Hire } from '../../model/team'

/** The one role the team should hire next, why, and which need it closes. */
export function NextHire({ hire }: { hire: Hire }) {
  return (
    <section class="card next-hire" aria-labelledby="hire-title">
      <h2 id="hire-title">Next hire: {hire.name}</h2>
      <p>{hire.reason}</p>
      <p class="muted">Closes: {hire.closes}.</p>
    </section>
  )
}
