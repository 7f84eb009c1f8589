/** A labelled text input whose error, when there is one, is shown above it and tied to it for screen readers. */
export function TextField({
  id,
  name,
  label,
  value = '',
  error,
  required = false,
  maxLength,
  autoComplete,
}: {
  id: string
  name: string
  label: string
  value?: string | undefined
  error?: string | undefined
  required?: boolean
  maxLength?: number
  autoComplete?: string
}) {
  const errorId = `${id}-error`
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {error && (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      )}
      <input
        id={id}
        name={name}
        type="text"
        required={required}
        maxLength={maxLength}
        value={value}
        autoComplete={autoComplete}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? errorId : undefined}
      />
    </div>
  )
}
