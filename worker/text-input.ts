import * as z from 'zod/mini'

/**
 * Short free text a person or a host page may give (a display name, a widget's source tag):
 * trimmed, 1..40 characters, no control characters. Escaped wherever it is shown.
 */
export const shortText = z
  .string({ error: 'must be a string' })
  .check(
    z.trim(),
    z.minLength(1, { error: 'must not be empty' }),
    z.maxLength(40, { error: 'must be at most 40 characters' }),
    z.regex(/^[^\p{Cc}\p{Cf}]*$/u, { error: 'must not contain control characters' }),
  )
