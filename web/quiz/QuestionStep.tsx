import type { Ref } from 'preact'
import type { QuizData } from './types'

/**
 * One question as a radio group: one tab stop, arrow keys move, the label is the target. In the
 * JavaScript quiz it is controlled (`onChoose`); without it, a plain form field that must be
 * answered, with its `error` shown above the options (the one-question-per-page quiz).
 */
export function QuestionStep({
  question,
  value,
  onChoose,
  headingRef,
  error,
}: {
  question: QuizData['questions'][number]
  value?: number | undefined
  onChoose?: (value: number) => void
  headingRef?: Ref<HTMLHeadingElement>
  error?: string | undefined
}) {
  return (
    <fieldset class="question" key={question.id} aria-invalid={error ? 'true' : undefined} aria-describedby="choose-hint">
      <legend>
        <h1 class="prompt" tabIndex={-1} ref={headingRef}>
          {question.prompt}
        </h1>
      </legend>
      {question.hint && (
        <details class="question-hint">
          <summary>What counts?</summary>
          <p>{question.hint}</p>
        </details>
      )}
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      <div class="options">
        {question.options.map((o) => (
          <label class="option" key={o.value}>
            <input
              type="radio"
              name={question.id}
              value={o.value}
              checked={value === o.value}
              required={!onChoose}
              onChange={onChoose && (() => onChoose(o.value))}
            />
            <span class="option-key" aria-hidden="true">
              {o.value + 1}
            </span>
            <span class="option-text">{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
