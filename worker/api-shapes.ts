/**
 * The JSON the API takes and gives, as types only: the worker's routes check their answers
 * against these (`satisfies`), and the browser code imports them, so neither side can drift.
 * Request types are inferred from the zod schemas that validate them.
 */
import type { AnyResult } from '../model/types'
import type { CreateResultBody } from './validate'

export type { CreateResultBody }

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
