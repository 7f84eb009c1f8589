import { Layout } from './Layout'

/** After the no-JavaScript quiz: the result's link and its private delete link, shown once. */
export function SavedPage({ url, deleteUrl, sharpenUrl }: { url: string; deleteUrl: string; sharpenUrl?: string | undefined }) {
  return (
    <Layout>
      <section class="hero">
        <h1>Your result is saved</h1>
        <p>
          <a class="button primary large" href={url}>
            See my result
          </a>
        </p>
        <div class="card">
          <h2>Your private delete link</h2>
          <p>
            Keep this link to yourself: it is the only way to delete the result, and this page is the only place it is shown. To
            put the result on a team, paste this link on the team’s page: it shows the result is yours.
          </p>
          <p>
            <a href={deleteUrl}>{deleteUrl}</a>
          </p>
          {sharpenUrl && (
            <p>
              Your result rests on the questions the quiz needed to place you. <a href={sharpenUrl}>Answer the rest</a> to sharpen
              it: same link, every skill measured.
            </p>
          )}
        </div>
      </section>
    </Layout>
  )
}
