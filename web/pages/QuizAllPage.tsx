import type { QuizAnswers, QuizData } from '../quiz/types'
import { Layout } from './Layout'
import { TextField } from './TextField'

/** Every question on one page, a plain form that works without JavaScript. */
export function QuizAllPage({
  quiz,
  answers = {},
  errors = {},
  name = '',
  isPublic = false,
}: {
  quiz: QuizData
  answers?: QuizAnswers | undefined
  errors?: Record<string, string> | undefined
  name?: string | undefined
  /** The "public" tick as sent, kept when the form comes back with errors. */
  isPublic?: boolean | undefined
}) {
  const count = Object.keys(errors).length
  return (
    <Layout>
      <form class="quiz-all" method="post" action="/quiz/all">
        <h1>The whole quiz on one page</h1>
        {count > 0 && (
          <p class="notice error" role="alert">
            {count === 1 ? 'One answer needs' : `${count} answers need`} your attention:{' '}
            {Object.keys(errors).map((id, i) => (
              <span key={id}>
                {i > 0 && ', '}
                <a href={id === 'name' ? '#display-name' : `#q-${id}`}>
                  {id === 'name' ? 'name' : `question ${quiz.questions.findIndex((q) => q.id === id) + 1}`}
                </a>
              </span>
            ))}
            .
          </p>
        )}
        {quiz.areas.map((area) => (
          <section key={area.id} aria-labelledby={`area-${area.id}`}>
            <h2 id={`area-${area.id}`}>{area.name}</h2>
            {quiz.questions
              .filter((q) => q.area === area.id)
              .map((q) => (
                <fieldset
                  class="question"
                  key={q.id}
                  id={`q-${q.id}`}
                  aria-invalid={errors[q.id] ? 'true' : undefined}
                  aria-describedby={errors[q.id] ? `err-${q.id}` : undefined}
                >
                  <legend class="prompt">{q.prompt}</legend>
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
          </section>
        ))}
        <section aria-labelledby="optional-title">
          <h2 id="optional-title">Optional</h2>
          <TextField
            id="display-name"
            name="name"
            label="Name to show on your result"
            value={name}
            error={errors.name}
            maxLength={40}
            autoComplete="nickname"
          />
          <label class="check">
            <input type="checkbox" name="public" checked={isPublic} />
            <span>Let search engines list my result page</span>
          </label>
        </section>
        <button class="button primary large" type="submit">
          See my result
        </button>
      </form>
    </Layout>
  )
}
