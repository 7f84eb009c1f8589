import { Layout } from '../pages/Layout'
import { CompareForm } from '../result/CompareForm'

/** What can be wrong with a "Compare with…" request, in the words its page uses. */
export const PROBLEMS = {
  start: {
    status: 400,
    title: 'Which result should be compared?',
    message: 'This address does not say which result to start from. Open a result page and use its “Compare with…” form.',
  },
  empty: {
    status: 400,
    title: 'Paste a result link',
    message: 'Paste the link of the other result into “Compare with…”, then press Compare.',
  },
  link: {
    status: 400,
    title: 'That is not a Role Spectrum result link',
    message:
      'A result link looks like https://…/r/ followed by 22 letters, digits, dashes or underscores. Copy it from the address bar of the result page, or from its share box.',
  },
  missing: {
    status: 404,
    title: 'There is no result at that link',
    message: 'The result may have been deleted, or the link was cut short. Check that you copied all of it.',
  },
} as const

export type Problem = keyof typeof PROBLEMS

/** What went wrong with a pasted link, with the form to try again and the way back to the result. */
export function CompareProblem({ id, title, message }: { id: string | undefined; title: string; message: string }) {
  return (
    <Layout>
      <section class="hero">
        <h1>{title}</h1>
        <p class="lead">{message}</p>
        {id && (
          <p>
            <a href={`/r/${id}`}>Back to the result</a>
          </p>
        )}
      </section>
      {id && <CompareForm id={id} heading="Try another link" />}
    </Layout>
  )
}
