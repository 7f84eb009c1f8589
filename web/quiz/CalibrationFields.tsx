import type { QuizData } from './types'

type Field = 'currentRole' | 'years'

/**
 * The two optional questions of the last step, as plain selects that work in the JavaScript
 * quiz (controlled, through `onChange`) and in the one-page form (by their names). Their answers
 * are kept only in the anonymous statistics row, never with the result, and the words say so.
 */
export function CalibrationFields({
  choices,
  currentRole = '',
  years = '',
  onChange,
  errors = {},
}: {
  choices: QuizData['calibration']
  currentRole?: string | undefined
  years?: string | undefined
  onChange?: (field: Field, value: string) => void
  errors?: Record<string, string> | undefined
}) {
  const select = (field: Field, id: string, label: string, value: string, options: readonly { id: string; name: string }[]) => (
    <div class="field">
      <label for={id}>{label}</label>
      {errors[field] && (
        <p class="field-error" id={`${id}-error`}>
          {errors[field]}
        </p>
      )}
      <select
        id={id}
        name={field}
        aria-describedby={errors[field] ? `${id}-error calibration-hint` : 'calibration-hint'}
        aria-invalid={errors[field] ? 'true' : undefined}
        onChange={onChange && ((e) => onChange(field, (e.target as HTMLSelectElement).value))}
      >
        <option value="" selected={value === ''}>
          Prefer not to say
        </option>
        {options.map((o) => (
          <option key={o.id} value={o.id} selected={value === o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  )
  return (
    <fieldset class="calibration">
      <legend class="field-legend">Two optional questions, answered anonymously</legend>
      <p id="calibration-hint" class="hint">
        They are not shown on your result and not stored with it. They are only counted, without your name or link, to check the
        quiz’s placements against what people actually do.
      </p>
      {select('currentRole', 'current-role', 'What is your current role? (optional)', currentRole, choices.currentRole)}
      {select('years', 'years', 'Years of experience in data, ML or software work (optional)', years, choices.years)}
    </fieldset>
  )
}
