/**
 * The JSON the API takes and gives, as types only: the worker's routes check their answers
 * against these (`satisfies`), and the browser code imports them, so neither side can drift.
 * The worker's zod schemas (worker/validate.ts) are checked at compile time to take exactly the
 * request types written here.
 */
import type { AnyResult } from '../model/types'
import type { Calibration } from './calibration'

/** POST /api/results: answers 0..4 by question id (every question, or an adaptive path that has reached its stop). */
export interface CreateResultBody {
  answers: Record<string, number | undefined>
  /** A display name shown on the result, its image and embeds. */
  name?: string | undefined
  /** Let search engines index the result page (default: no). */
  public?: boolean | undefined
  /** The embed widget's source tag, stored with the result. */
  source?: string | undefined
  /** The optional last-step answers, kept only in the anonymous statistics row. */
  calibration?: Calibration | undefined
}

/** POST /api/quiz/next: the adaptive quiz's next question, or null once it has stopped. */
export interface NextQuestionJson {
  next: {
    id: string
    area: string
    prompt: string
    options: { value: number; label: string }[]
    /** Examples or a definition, for someone unsure what the question means. */
    hint?: string
  } | null
  answered: number
  done: boolean
  /** About how many questions are left, this one included (0 once done). */
  remaining: number
  /** How many can be left at most, this one included: the cap bounds every path (0 once done). */
  atMost: number
  /** Whether this question ends the quiz whatever the answer (false once done). */
  last: boolean
}

/** POST /api/results, 201. */
export interface CreatedResultJson {
  id: string
  /** The result page, on this origin. */
  url: string
  /** The private delete link: given once, only its hash is stored. */
  deleteUrl: string
  createdAt: string
  result: AnyResult
}

/** GET /api/results/{id}. */
export interface ResultJson {
  id: string
  createdAt: string
  result: AnyResult
  name?: string
}
