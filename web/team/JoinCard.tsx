import { TextField } from '../pages/TextField'
import { CopyField } from './CopyField'
import { JoinKeyField } from './JoinKeyField'

/** The fields of the join form, for echoing what was typed and saying what was wrong. */
type JoinField = 'result' | 'name'

/**
 * Joining: take the quiz and join from the result page, or attach a result you already have
 * with its private link. Outside the admin view, the join link to pass on.
 */
export function JoinCard({
  teamId,
  joinKey,
  joinUrl,
  showJoinUrl,
  errors,
  values,
}: {
  teamId: string
  joinKey?: string | undefined
  joinUrl: string
  /** The admin view shows the join link among its own links instead. */
  showJoinUrl: boolean
  errors?: Partial<Record<JoinField | 'form', string>> | undefined
  values?: Partial<Record<JoinField, string>> | undefined
}) {
  const field = (name: JoinField) => ({ name, value: values?.[name], error: errors?.[name] })
  return (
    <section class="card" id="join" aria-labelledby="join-title">
      <h2 id="join-title">Join this team</h2>
      <p>
        <a class="button primary" href={`/quiz?team=${teamId}${joinKey ? `&key=${joinKey}` : ''}`}>
          Take the quiz, then join
        </a>
      </p>
      {/* A refusal renders the whole team page again: `#join` brings the reader back to the message. */}
      <form method="post" action={`/t/${teamId}/join#join`} class="join-form">
        {errors?.form && (
          <p class="notice error" role="alert">
            {errors.form}
          </p>
        )}
        <p>
          Or attach a result you already have, with its private link (the delete link you got when you saved it, ending in{' '}
          <code>/delete?token=…</code>): it shows the result is yours. The team sees only your name and your result.
        </p>
        <JoinKeyField joinKey={joinKey} />
        <TextField id="join-result" label="Your result’s private link" {...field('result')} required />
        <TextField
          id="join-name"
          label="Name the team will see"
          {...field('name')}
          required
          maxLength={40}
          autoComplete="nickname"
        />
        <button type="submit" class="button secondary">
          Join
        </button>
      </form>
      {showJoinUrl && <CopyField id="join-url" label="Join link to share" value={joinUrl} />}
    </section>
  )
}
