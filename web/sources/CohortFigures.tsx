import { Bar, number, people, percent, type Spread, SpreadFigures, when } from '../stats/StatsPage'

interface Counted {
  quizVersion: number
  /** Results of this quiz version made through the widget. */
  rows: number
  minRows: number
  computedAt: string
  /** An old copy: the statistics database could not be reached to count afresh. */
  stale: boolean
  /** Results of earlier quiz versions, not counted in the figures. */
  older: number
}

/** A widget owner's figures (worker/sources/view.ts): the page and GET /api/sources/{tag} alike. */
export type CohortView =
  | { state: 'unavailable'; minRows: number }
  | ({ state: 'few' } & Counted)
  | ({
      state: 'ready'
      /** The figures count the first `rows` results, a multiple of `step`; they change only in whole steps. */
      step: number
      /** Every band; `n` and `share` are null on one of fewer than `minRows` people (or one the total would give away). */
      seniority: { id: string; name: string; n: number | null; share: number | null }[]
      /** The latest days with results, oldest first; `n` is null on a day with fewer than `minRows` (or the smallest other, when only one is). */
      days: { day: string; n: number | null }[]
      firstDay: string | null
    } & Spread &
      Counted)

const dayName = (day: string) =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })

/** The figures of one widget's takers, or why they are not shown. */
export function CohortFigures({ view }: { view: CohortView }) {
  if (view.state === 'unavailable')
    return (
      <p class="notice" role="status">
        The figures are unavailable just now: the statistics database cannot be reached. Results made through your widget are
        saved as usual and counted once it is back. Try again in a few minutes.
      </p>
    )
  return (
    <>
      <p class="cohort-count">
        {view.state === 'few' ? (
          <>
            <strong>{number(view.rows)}</strong> {view.rows === 1 ? 'person has' : 'people have'} taken the quiz through this
            widget
          </>
        ) : (
          <>
            <strong>{number(view.rows)}</strong> people counted: the first {number(view.rows)} who took the quiz through this
            widget
          </>
        )}{' '}
        (quiz version {view.quizVersion}), counted on {when(view.computedAt)}.
        {view.state === 'ready' &&
          ` The figures move on in steps of ${view.step} people: they next change once ${number(view.rows + view.step)} have taken it.`}
        {view.stale &&
          ' The figures could not be counted afresh just now (the statistics database cannot be reached); these are the last ones counted.'}
        {view.older > 0 && ` ${people(view.older)} who took an earlier version of the quiz are not counted here.`}
      </p>
      {view.state === 'few' ? (
        <p class="notice">
          The spread over the spectrum, the closest roles, seniority and the average per area appear here once {view.minRows}{' '}
          people have taken the quiz through this widget. With fewer, the figures could give away one person’s answers.
        </p>
      ) : (
        <ReadyFigures view={view} />
      )}
    </>
  )
}

function ReadyFigures({ view }: { view: Extract<CohortView, { state: 'ready' }> }) {
  const widest = Math.max(...view.seniority.map((s) => s.share ?? 0), 0.01)
  const busiest = Math.max(...view.days.map((d) => d.n ?? 0), 1)
  return (
    <>
      <SpreadFigures view={view} />
      <section class="card" aria-labelledby="seniority-title">
        <h2 id="seniority-title">Seniority</h2>
        <p class="muted">
          How far along their closest role’s path each person is. A band of fewer than {view.minRows} people shows “–”.
        </p>
        <ul class="stat-bars">
          {view.seniority.map((s) => (
            <Bar key={s.id} label={s.name} fraction={(s.share ?? 0) / widest} value={s.share === null ? '–' : percent(s.share)} />
          ))}
        </ul>
      </section>
      <section class="card" aria-labelledby="days-title">
        <h2 id="days-title">People per day</h2>
        <p class="muted">
          {view.firstDay === view.days[0]?.day
            ? 'Every day with results, in UTC.'
            : `The latest ${view.days.length} days with results, in UTC; the first was ${dayName(view.firstDay ?? '')}.`}{' '}
          A day with fewer than {view.minRows} shows “–”, so that it does not tell when each of them took the quiz; so does the
          smallest other day when only one has fewer, since the total would give it away.
        </p>
        <ul class="stat-bars">
          {view.days.map((d) => (
            <Bar key={d.day} label={dayName(d.day)} fraction={(d.n ?? 0) / busiest} value={d.n === null ? '–' : number(d.n)} />
          ))}
        </ul>
      </section>
    </>
  )
}
