import type { Ref } from 'preact'
import { CalibrationFields } from './CalibrationFields'
import type { QuizData } from './types'

/**
 * The screen after the last question: an optional display name, whether search engines may list
 * the result, and the two optional anonymous questions (current role, years of experience).
 */
export function FinishStep({
  headingRef,
  name,
  onName,
  isPublic,
  onPublic,
  unanswered,
  choices,
  calibration,
  onCalibration,
}: {
  headingRef: Ref<HTMLHeadingElement>
  name: string
  onName: (name: string) => void
  isPublic: boolean
  onPublic: (value: boolean) => void
  unanswered: number
  choices: QuizData['calibration']
  calibration: { currentRole: string; years: string }
  onCalibration: (field: 'currentRole' | 'years', value: string) => void
}) {
  return (
    <div class="finish">
      <h1 class="prompt" tabIndex={-1} ref={headingRef}>
        Almost there
      </h1>
      {unanswered !== -1 ? (
        <p class="notice error">Question {unanswered + 1} has no answer yet; “See my result” takes you there.</p>
      ) : (
        <p>Everything here is optional. Your result gets a link that only people you share it with will know.</p>
      )}
      <div class="field">
        <label for="display-name">Name to show on your result</label>
        <input
          id="display-name"
          type="text"
          maxLength={40}
          autoComplete="nickname"
          value={name}
          onInput={(e) => onName((e.target as HTMLInputElement).value)}
          aria-describedby="display-name-hint"
        />
        <p id="display-name-hint" class="hint">
          Up to 40 characters, for example a first name. Leave it empty to stay anonymous.
        </p>
      </div>
      <label class="check">
        <input type="checkbox" checked={isPublic} onChange={(e) => onPublic((e.target as HTMLInputElement).checked)} />
        <span>Let search engines list my result page (off by default)</span>
      </label>
      <CalibrationFields
        choices={choices}
        currentRole={calibration.currentRole}
        years={calibration.years}
        onChange={onCalibration}
      />
    </div>
  )
}
