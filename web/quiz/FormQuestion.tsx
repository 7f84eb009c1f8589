import type { QuizAnswers, QuizData } from './types'

/**
 * A question in a plain form that works without JavaScript (the one-page quiz, the sharpen
 * page): a radio group named by the question's id, its hint on demand, and its error, if any,
 * above the options and tied to the group for screen readers.
 */
export function FormQuestion({
  question: q,
  answers,
  error,
  number,
}: {
  question: QuizData['questions'][number]
  answers: QuizAnswers
  error?: string | undefined
  /** Its number on a page of many questions, shown before the prompt. */
  number?: number | undefined
}) {
  return (
    <fieldset
      class="question"
      id={`q-${q.id}`}
      aria-invalid={error ? 'true' : undefined}
      aria-describedby={error ? `err-${q.id}` : undefined}
    >
      <legend class="prompt">
        {number !== undefined && <span class="q-number">{number}. </span>}
        {q.prompt}
      </legend>
      {q.hint && (
        <details class="question-hint">
          <summary>What counts?</summary>
          <p>{q.hint}</p>
        </details>
      )}
      {error && (
        <p class="field-error" id={`err-${q.id}`}>
          {error}
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
  )
}
