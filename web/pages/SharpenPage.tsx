import type { QuizAnswers, QuizData } from '../quiz/types'
import { Layout } from './Layout'

/**
 * For the owner of a result from the adaptive quiz: the questions it did not ask, on one page.
 * Answering them scores the same result again (same id and links) on every question.
 */
export function SharpenPage({
  quiz,
  id,
  token,
  remaining,
  answers = {},
  errors = {},
}: {
  quiz: QuizData
  id: string
  token: string
  /** Ids of the questions not answered yet, in quiz order. */
  remaining: string[]
  answers?: QuizAnswers | undefined
  errors?: Record<string, string> | undefined
}) {
  const questions = quiz.questions.filter((q) => remaining.includes(q.id))
  const count = Object.keys(errors).length
  return (
    <Layout>
      <form class="quiz-all" method="post" action={`/r/${id}/sharpen`}>
        <h1>Sharpen your result</h1>
        <p class="lead">
          Your result rests on the questions the quiz needed to place you. Answer the other {questions.length} and it is scored
          again on all of them: same link, same page, every skill measured.
        </p>
        {count > 0 && (
          <p class="notice error" role="alert">
            {count === 1 ? 'One question needs' : `${count} questions need`} an answer.
          </p>
        )}
        <input type="hidden" name="token" value={token} />
        {questions.map((q) => (
          <fieldset
            class="question"
            key={q.id}
            id={`q-${q.id}`}
            aria-invalid={errors[q.id] ? 'true' : undefined}
            aria-describedby={errors[q.id] ? `err-${q.id}` : undefined}
          >
            <legend class="prompt">{q.prompt}</legend>
            {q.hint && (
              <details class="question-hint">
                <summary>What counts?</summary>
                <p>{q.hint}</p>
              </details>
            )}
            {errors[q.id] && (
              <p class="field-error" id={`err-${q.id}`}>
                {errors[q.id]}
              </p>
            )}
            <div class="options">
              {q.options.map((o) => (
                <label class="option" key={o.value}>
                  <input type="radio" name={q.id} value={o.value} checked={answers[q.id] === o.value} required />
                  <span class="option-text">{o.label}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <button class="button primary large" type="submit">
          Score my result again
        </button>
      </form>
    </Layout>
  )
}
