import * as z from 'zod/mini'
import { content } from '../model'
import type { Issue } from './errors'
import { shortText } from './text-input'

const level = z.int().check(z.minimum(0), z.maximum(4))

/** The body of POST /api/results: one answer 0..4 for every question, nothing else. */
export const createResultBody = z.strictObject({
  answers: z.strictObject(Object.fromEntries(content.questions.map((q) => [q.id, level]))),
  /** A display name shown on the result, its image and embeds. */
  name: z.optional(shortText),
  /** Let search engines index the result page (default: no). */
  public: z.optional(z.boolean({ error: 'must be true or false' })),
  /** The embed widget's source tag, stored with the result. */
  source: z.optional(shortText),
})

export type CreateResultBody = z.infer<typeof createResultBody>

const dotted = (path: PropertyKey[]): string => path.map(String).join('.')

/**
 * The `error` line of a 400. When the only problem is one free-text field, it says what that
 * is ("The name must be on one line …."), so a client can show it as it stands; otherwise the
 * route's general line, with the details in `issues`.
 */
export function errorLine(issues: Issue[], general: string, fields: Record<string, string> = { name: 'name', source: 'source tag' }): string {
  const only = issues.length === 1 ? issues[0]! : undefined
  const field = only && Object.hasOwn(fields, only.path) ? fields[only.path] : undefined
  if (!only || !field) return general
  return `The ${field} ${only.message === 'required' ? 'is required' : only.message}.`
}

/** zod issues as the API's `{ path, message }` list, one entry per bad field, in plain words. */
export function toIssues(error: z.core.$ZodError): Issue[] {
  const issues: Issue[] = []
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const inAnswers = issue.path.length === 1 && issue.path[0] === 'answers'
      for (const key of issue.keys)
        issues.push({
          path: dotted([...issue.path, key]),
          message: inAnswers ? 'unknown question id' : 'unknown field',
        })
      continue
    }
    issues.push({ path: dotted(issue.path), message: describe(issue) })
  }
  return issues
}

function describe(issue: z.core.$ZodIssue): string {
  const path = issue.path
  const isAnswer = path.length === 2 && path[0] === 'answers'
  if (issue.code === 'invalid_type' && issue.input === undefined)
    return isAnswer ? 'missing answer' : 'required'
  if (isAnswer) return 'must be a whole number from 0 to 4'
  if (issue.code === 'invalid_type') return `must be ${article(issue.expected)}`
  return issue.message === 'Invalid input' ? 'is not valid' : issue.message
}

const article = (type: string): string => (type === 'object' ? 'an object' : `a ${type}`)
