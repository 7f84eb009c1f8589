import { Layout } from '../pages/Layout'
import { CopyField } from '../team/CopyField'
import { CohortFigures, type CohortView } from './CohortFigures'

export interface CohortPageProps {
  tag: string
  name: string
  /** The private link of this page. */
  ownerUrl: string
  /** The widget's HTML, with this source's tag. */
  embed: string
  token: string
  /** Just created: say where things are. */
  isNew: boolean
  view: CohortView
  /** Figures move on in steps of this many people. */
  step: number
}

/** A widget owner's private page: how the people who took the quiz through the widget spread, counted together. */
export function CohortPage(p: CohortPageProps) {
  return (
    <Layout wide>
      <article class="stats cohort">
        <p class="eyebrow">Cohort view · private</p>
        <h1>{p.name}</h1>
        {p.isNew && (
          <p class="notice" role="status">
            Your cohort view is ready. Put the widget below on your page, and keep this page’s link (under “Your private link”):
            it is the only way back here.
          </p>
        )}
        <p class="lead">
          Everyone who takes the quiz through your widget is counted here together: where they sit on the spectrum, their closest
          roles and seniority, and their average score per area. Nobody’s own result is shown, and you never see names.
        </p>
        <CohortFigures view={p.view} />
        <p class="muted">
          The rule: figures appear once {p.view.minRows} people have taken the quiz through this widget; below that, only the
          count. Then they move on in steps of {p.step} people (the first {p.view.minRows}, {p.view.minRows + p.step}, …), so that
          two views never differ by just one or two people, and a day with fewer than {p.view.minRows} results shows no number.
          New results are counted within five minutes of completing a step.
        </p>
        <p class="muted">
          What the rule cannot promise: your widget’s tag is public in your page’s source, so anyone, you included, can add
          results under it. Someone who adds four results of their own right before a person they know could tell that person’s
          answers apart in the next step. Read the figures as a picture of a group, and do not use them to judge anyone.
        </p>

        <section class="card" aria-labelledby="embed-title">
          <h2 id="embed-title">Your widget</h2>
          <p>
            Paste this where the quiz should appear. Results made through it carry the tag <code>{p.tag}</code> and are counted
            here.
          </p>
          <pre class="snippet">
            <code>{p.embed}</code>
          </pre>
          <p class="muted">
            The tag is visible in your page’s source, so anyone could add results under it, but only this private link shows the
            figures.
          </p>
        </section>

        <section class="card" aria-labelledby="link-title">
          <h2 id="link-title">Your private link</h2>
          <p>Anyone with this link can see these figures. Keep it to yourself, or share it only with people who may see them.</p>
          <CopyField id="owner-url" label="Private link to this page" value={p.ownerUrl} />
          <p class="muted">
            The same figures as JSON: <code>GET /api/sources/{p.tag}</code> with the header <code>Authorization: Bearer</code> and
            the token at the end of this link.
          </p>
        </section>

        <section class="card danger" aria-labelledby="delete-title">
          <h2 id="delete-title">Delete this cohort view</h2>
          <p>
            The figures stop being viewable, here and through the API, and this link stops working. The widget keeps working and
            people’s results are not touched; their anonymous rows stay in the site-wide statistics.
          </p>
          <form method="post" action={`/s/${p.tag}/delete`}>
            <input type="hidden" name="token" value={p.token} />
            <button type="submit" class="button secondary">
              Delete the cohort view
            </button>
          </form>
        </section>
      </article>
    </Layout>
  )
}
