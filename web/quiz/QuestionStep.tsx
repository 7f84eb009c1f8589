import type { Ref } from 'preact'
import type { QuizData } from './types'

/** One question as a radio group: one tab stop, arrow keys move, the label is the target. */
export function QuestionStep({
  question,
  value,
  onChoose,
  headingRef,
}: {
  question: QuizData['questions'][number]
  value: number | undefined
  onChoose: (value: number) => void
  headingRef: Ref<HTMLHeadingElement>
}) {
  return (
    <fieldset class="question" key={question.id} aria-describedby="choose-hint">
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
      <div class="options">
        {question.options.map((o) => (
          <label class="option" key={o.value}>
            <input
              type="radio"
              name={question.id}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChoose(o.value)}
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
