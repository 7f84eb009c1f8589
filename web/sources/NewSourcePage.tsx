import { Layout } from '../pages/Layout'
import { TextField } from '../pages/TextField'

/** Creating a widget source: a name, then the widget's snippet and a private link to its cohort's figures. */
export function NewSourcePage({ name = '', error, minRows }: { name?: string; error?: string | undefined; minRows: number }) {
  return (
    <Layout>
      <article class="cohort-new">
        <h1>See who takes the quiz on your site</h1>
        <p class="lead">
          Embedding the quiz on a course page or a team site? Create a cohort view: you get the widget with a tag of its own and a
          private link that shows everyone who took the quiz through it, counted together.
        </p>
        <ul class="steps">
          <li>Where they sit on the spectrum, their closest roles and seniority, and the average score per area.</li>
          <li>
            No names and no single results: the figures appear once {minRows} people have taken part, before that only the count.
          </li>
          <li>No account: whoever has the private link sees the figures, and can delete the view.</li>
        </ul>
        <section class="card team-create" aria-labelledby="new-source-title">
          <h2 id="new-source-title">Create a cohort view</h2>
          <form method="post" action="/s">
            <TextField
              id="source-name"
              name="name"
              label="Name (only you see it, e.g. the course or page)"
              value={name}
              error={error}
              required
              maxLength={40}
            />
            <p>
              <button type="submit" class="button primary">
                Create the cohort view
              </button>
            </p>
          </form>
        </section>
      </article>
    </Layout>
  )
}
