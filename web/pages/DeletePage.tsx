import { Layout } from './Layout'

/** Confirm and report deleting a result through its private link. */
export function DeletePage({ id, token, state }: { id: string; token: string; state: 'confirm' | 'done' }) {
  return (
    <Layout>
      <section class="hero">
        {state === 'confirm' ? (
          <>
            <h1>Delete this result?</h1>
            <p class="lead">
              The result page, its image and its data are removed for good. Anyone who opens its link afterwards sees “not found”.
              If it is on a team map, it leaves every team with it.
            </p>
            <form method="post" action={`/r/${id}/delete`} class="cta">
              <input type="hidden" name="token" value={token} />
              <button type="submit" class="button primary">
                Delete for good
              </button>
              <a class="button secondary" href={`/r/${id}`}>
                Keep it
              </a>
            </form>
          </>
        ) : (
          <>
            <h1>Deleted</h1>
            <p class="lead">The result and its image are gone, and it has left every team it was on.</p>
            <p>
              <a class="button primary" href="/quiz">
                Take the quiz again
              </a>
            </p>
          </>
        )}
      </section>
    </Layout>
  )
}
