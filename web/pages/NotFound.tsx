import { Layout } from './Layout'

/** A friendly page for anything that is not there (including unknown and deleted results). */
export function NotFound({ title, message }: { title: string; message: string }) {
  return (
    <Layout>
      <section class="hero">
        <h1>{title}</h1>
        <p class="lead">{message}</p>
        <p>
          <a class="button primary" href="/quiz">
            Take the quiz
          </a>{' '}
          <a class="button secondary" href="/">
            Home
          </a>
        </p>
      </section>
    </Layout>
  )
}
