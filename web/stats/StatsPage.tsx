import { Layout } from '../pages/Layout'
import { percentClass } from '../percent'

/** A calibration table: what people said (rows) against where the quiz placed them (columns). */
export interface CrossTable {
  columns: { id: string; name: string }[]
  /** Rows of at least the minimum cell size; a cell under it is null (not shown). */
  rows: { id: string; name: string; total: number; cells: (number | null)[] }[]
  /** People who answered the question. */
  answered: number
  /** People in rows too small to show. */
  hidden: number
}

interface Counted {
  quizVersion: number
  rows: number
  minRows: number
  minCell: number
  computedAt: string
  /** Not updated for a while: the cron trigger could not reach D1. */
  stale: boolean
}

/** What /stats shows (worker/norms/stats.ts). */
export type StatsView =
  | { state: 'unavailable'; minRows: number }
  | ({ state: 'few' } & Counted)
  | ({
      state: 'ready'
      /** `n` and `share` are null on a bar of fewer than `minCell` people (or one the total would give away). */
      spectrum: { from: number; to: number; n: number | null; share: number | null }[]
      topRoles: { id: string; name: string; n: number; share: number }[]
      areas: { id: string; name: string; mean: number }[]
      confusion: CrossTable
      years: CrossTable
    } & Counted)

export const when = (iso: string) =>
  `${new Date(iso).toLocaleString('en-GB', { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' })} UTC`
export const percent = (share: number) => `${Math.round(share * 100)} %`
export const number = (n: number) => n.toLocaleString('en-GB')

/** "1 person", "12 people". */
export const people = (n: number): string => `${number(n)} ${n === 1 ? 'person' : 'people'}`

/** A labelled bar: real text on both sides, the bar itself hidden from screen readers. */
export function Bar({ label, fraction, value }: { label: string; fraction: number; value: string }) {
  return (
    <li class="stat-row">
      <span class="stat-label">{label}</span>
      <span class="stat-track" aria-hidden="true">
        <span class={`stat-fill ${percentClass(fraction)}`} />
      </span>
      <span class="stat-value">{value}</span>
    </li>
  )
}

function Table({ table, caption, corner, minCell }: { table: CrossTable; caption: string; corner: string; minCell: number }) {
  if (table.rows.length === 0)
    return (
      <p class="muted">
        Not shown yet: no answer has been given by {minCell} people or more ({number(table.answered)} answers so far).
      </p>
    )
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a box that scrolls must be reachable by keyboard to be scrolled
    <section class="table-scroll" aria-label={caption} tabIndex={0}>
      <table class="cross">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{corner}</th>
            <th scope="col">People</th>
            {table.columns.map((c) => (
              <th scope="col" key={c.id} class="turned">
                <span>{c.name}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.name}</th>
              <td>{number(r.total)}</td>
              {r.cells.map((n, i) => (
                <td key={table.columns[i]!.id} class={table.columns[i]!.id === r.id ? 'same' : undefined}>
                  {n === null ? (
                    <span class="few" title={`fewer than ${minCell}, or hidden with such a cell`}>
                      –
                    </span>
                  ) : (
                    number(n)
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

/** The public statistics page: how takers of the current quiz version spread, once there are enough of them. */
export function StatsPage({ view }: { view: StatsView }) {
  return (
    <Layout wide>
      <article class="stats">
        <h1>How people answer</h1>
        <p class="lead">
          Every saved result also adds one anonymous row to a separate database: the quiz version, the five area scores, the place
          on the spectrum, the closest role and its seniority, the day, the widget’s tag when the quiz was taken through one, and,
          if given, the current role and years of experience from the last step. No name, no link to the result, no address.
        </p>
        {view.state === 'unavailable' ? (
          <p class="notice" role="status">
            The figures are not available just now: they are being counted, or the statistics database cannot be reached. Results
            are saved as usual and are counted all the same.
          </p>
        ) : (
          <>
            <p>
              <strong>{number(view.rows)}</strong> {view.rows === 1 ? 'person has' : 'people have'} taken version{' '}
              {view.quizVersion} of the quiz, counted on {when(view.computedAt)}.
              {view.stale &&
                ' The figures have not been updated since then: the statistics database could not be reached. Results are saved as usual and counted once it is back.'}
            </p>
            {view.state === 'few' ? (
              <p class="notice">
                The spread over the spectrum and over roles, the average per area, and how current roles compare with the
                placements appear here once {view.minRows} people have taken this version. With fewer, they would describe a few
                individuals rather than people in general.
              </p>
            ) : (
              <Figures view={view} />
            )}
          </>
        )}
        <p class="muted">
          Embedding the quiz on your site? <a href="/s/new">See your own widget’s takers together</a>, counted the same way.
        </p>
      </article>
    </Layout>
  )
}

/** The spread over the spectrum, the closest roles and the average per area (a widget owner's cohort page shows them too). */
export type Spread = Pick<Extract<StatsView, { state: 'ready' }>, 'spectrum' | 'topRoles' | 'areas'>

export function SpreadFigures({ view }: { view: Spread }) {
  const widest = Math.max(...view.spectrum.map((b) => b.share ?? 0), 0.01)
  const topShare = Math.max(...view.topRoles.map((r) => r.share), 0.01)
  return (
    <>
      <section class="card" aria-labelledby="spread-title">
        <h2 id="spread-title">Where people sit on the spectrum</h2>
        <p class="muted">
          Position from 0 at the engineering end to 100 at the science end, in steps of ten. A step of fewer than five people
          shows “–”, and so does the smallest other when only one does, since the total would give it away.
        </p>
        <ul class="stat-bars">
          {view.spectrum.map((b) => (
            <Bar
              key={b.from}
              label={`${b.from}–${b.to}`}
              fraction={(b.share ?? 0) / widest}
              value={b.share === null ? '–' : percent(b.share)}
            />
          ))}
        </ul>
      </section>

      <section class="card" aria-labelledby="roles-title">
        <h2 id="roles-title">Closest roles</h2>
        <p class="muted">The role each person was placed in first.</p>
        <ul class="stat-bars">
          {view.topRoles.map((r) => (
            <Bar key={r.id} label={r.name} fraction={r.share / topShare} value={percent(r.share)} />
          ))}
        </ul>
      </section>

      <section class="card" aria-labelledby="areas-title">
        <h2 id="areas-title">Average score per area</h2>
        <ul class="stat-bars">
          {view.areas.map((a) => (
            <Bar key={a.id} label={a.name} fraction={a.mean / 100} value={String(a.mean)} />
          ))}
        </ul>
      </section>
    </>
  )
}

/** What "–" means in a calibration table (worker/norms/stats.ts). */
const hiddenCells = (minCell: number) =>
  `Cells of fewer than ${minCell} people show “–”, and so does the smallest other cell of a row with only one of them, which the row’s total would give away`

function Figures({ view }: { view: Extract<StatsView, { state: 'ready' }> }) {
  return (
    <>
      <SpreadFigures view={view} />

      <section class="card" aria-labelledby="confusion-title">
        <h2 id="confusion-title">Current role against placement</h2>
        <p class="muted">
          How the model is checked against real people. {people(view.confusion.answered)} said what their current role is. Each
          row is what they said, each column the role the quiz placed them in first; the same role on both sides is highlighted.{' '}
          {hiddenCells(view.minCell)}
          {view.confusion.hidden > 0 &&
            `, and rows of fewer than ${view.minCell} are left out (${people(view.confusion.hidden)})`}
          .
        </p>
        <Table table={view.confusion} caption="Current role against placed role" corner="Said" minCell={view.minCell} />
      </section>

      <section class="card" aria-labelledby="years-title">
        <h2 id="years-title">Years of experience against seniority</h2>
        <p class="muted">
          {people(view.years.answered)} gave their years of experience. Each row is what they said, each column the seniority the
          quiz gave them in their closest role. {hiddenCells(view.minCell)}.
        </p>
        <Table
          table={view.years}
          caption="Years of experience against placed seniority"
          corner="Experience"
          minCell={view.minCell}
        />
      </section>
    </>
  )
}
