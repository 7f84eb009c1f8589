import * as z from 'zod/mini'
import { answerIds } from '../model/answer-ids'
import { scoringContent as content } from '../model/content/scoring'
import { OTHER_ROLE_CHOICES, YEAR_BAND_IDS } from '../contract/calibration'
import type { CreateResultBody as ContractCreateResultBody } from '../contract/api'
import type { Context } from 'hono'
import { readJson } from './body'
import type { Issue } from './errors'
import { Refusal } from './refusal'
import { shortText } from './text-input'

const level = z.int().check(z.minimum(0), z.maximum(4))

/** Answers by question id, each 0..4; any subset of the questions, the seniority question included (whether it is enough is checked after). */
const answers = z.strictObject(Object.fromEntries(answerIds(content).map((id) => [id, z.optional(level)])))

/** The body of POST /api/quiz/next: the answers so far. */
export const nextQuestionBody = z.strictObject({ answers })

/**
 * The body of POST /api/results: answers 0..4 (every question, or an adaptive path that has
 * reached its stop: checked after parsing, see worker/results/enough.ts), nothing else.
 */
export const createResultBody = z.strictObject({
  answers,
  /** A display name shown on the result, its image and embeds. */
  name: z.optional(shortText),
  /** Let search engines index the result page (default: no). */
  public: z.optional(z.boolean({ error: 'must be true or false' })),
  /** The embed widget's source tag, stored with the result. */
  source: z.optional(shortText),
  /** Optional answers of the last step, kept only in the anonymous statistics row, never with the result. */
  calibration: z.optional(
    z.strictObject({
      currentRole: z.optional(
        z.enum([...content.roles.map((r) => r.id), ...OTHER_ROLE_CHOICES.map((c) => c.id)], {
          error: 'must be a role id from GET /api/quiz, "other" or "student"',
        }),
      ),
      years: z.optional(z.enum(YEAR_BAND_IDS, { error: `must be one of ${YEAR_BAND_IDS.join(', ')}` })),
    }),
  ),
})

export type CreateResultBody = z.infer<typeof createResultBody>

/** The schema takes exactly the contract's request type (contract/api.ts): each is assignable to the other. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const sameAsContract: Same<CreateResultBody, ContractCreateResultBody> = true
void sameAsContract

/**
 * The one way a route reads a JSON body: read (415, 400 for bad JSON), then check it against
 * `schema`; a body that fails is refused with 400, `general` as the error line (or the one
 * bad free-text field's own words, see errorLine) and an issue naming each bad field.
 */
export async function jsonBody<T>(
  c: Context,
  schema: z.ZodMiniType<T>,
  general: string | ((issues: Issue[]) => string),
  fields?: Record<string, string>,
): Promise<T> {
  const value = await readJson(c)
  const parsed = schema.safeParse(value)
  if (parsed.success) return parsed.data
  const issues = toIssues(parsed.error, value)
  throw new Refusal(400, errorLine(issues, typeof general === 'string' ? general : general(issues), fields), issues)
}

const dotted = (path: PropertyKey[]): string => path.map(String).join('.')

/**
 * The `error` line of a 400. When the only problem is one free-text field, it says what that
 * is ("The name must be on one line …."), so a client can show it as it stands; otherwise the
 * route's general line, with the details in `issues`.
 */
export function errorLine(
  issues: Issue[],
  general: string,
  fields: Record<string, string> = { name: 'name', source: 'source tag' },
): string {
  const only = issues.length === 1 ? issues[0]! : undefined
  const field = only && Object.hasOwn(fields, only.path) ? fields[only.path] : undefined
  if (!only || !field) return general
  return `The ${field} ${only.message === 'required' ? 'is required' : only.message}.`
}

/**
 * zod issues as the API's `{ path, message }` list, one entry per bad field, in plain words.
 * `input` is the value that was parsed: zod/mini's issues do not carry the value, and only
 * the input tells a field that is missing from one that is there but wrong.
 */
export function toIssues(error: z.core.$ZodError, input: unknown): Issue[] {
  const issues: Issue[] = []
  const add = (path: PropertyKey[], message: string) => {
    const at = dotted(path)
    if (!issues.some((i) => i.path === at)) issues.push({ path: at, message })
  }
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const inAnswers = issue.path.length === 1 && issue.path[0] === 'answers'
      for (const key of issue.keys) add([...issue.path, key], inAnswers ? 'unknown question id' : 'unknown field')
    } else add(issue.path, describe(issue, input))
  }
  return issues
}

/** Whether `input` holds a value at `path` (JSON, forms and queries have no undefined). */
function present(input: unknown, path: PropertyKey[]): boolean {
  let at = input
  for (const key of path) {
    if (typeof at !== 'object' || at === null || !Object.hasOwn(at, key)) return false
    at = (at as Record<PropertyKey, unknown>)[key]
  }
  return at !== undefined
}

const TYPE_WORDS: Record<string, string> = {
  int: 'a whole number',
  object: 'an object',
  boolean: 'true or false',
  array: 'a list',
}

function describe(issue: z.core.$ZodIssue, input: unknown): string {
  const isAnswer = issue.path.length === 2 && issue.path[0] === 'answers'
  if (!present(input, issue.path)) return isAnswer ? 'missing answer' : 'required'
  if (isAnswer) return 'must be a whole number from 0 to 4'
  // zod/mini's own message is only "Invalid input"; anything else is the schema's own words.
  if (issue.message !== 'Invalid input') return issue.message
  if (issue.code === 'invalid_type') return `must be ${TYPE_WORDS[issue.expected] ?? `a ${issue.expected}`}`
  if (issue.code === 'too_small') return `must be at least ${issue.minimum}`
  if (issue.code === 'too_big') return `must be at most ${issue.maximum}`
  return 'is not valid'
}
