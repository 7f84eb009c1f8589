import type { SelectionContent } from '../model/adaptive'
import type { AreaId, Option } from '../model/types'
import type { YearBand } from './calibration'

/**
 * The quiz as GET /api/quiz and the quiz pages show it: no role needs, no scoring details.
 * worker/public-quiz.ts builds it from the content.
 */
export interface PublicQuiz {
  version: number
  areas: { id: AreaId; name: string }[]
  questions: {
    id: string
    area: AreaId
    prompt: string
    options: Option[]
    /** Examples or a definition, shown on demand. */
    hint?: string
  }[]
  /** The choices of the optional last-step questions (`calibration` in POST /api/results). */
  calibration: {
    currentRole: { id: string; name: string }[]
    years: { id: YearBand; name: string }[]
  }
}

/**
 * What the quiz page sends the browser: the public quiz, where every path starts, and the small
 * table the adaptive quiz picks its next question from (model/adaptive), so the browser asks the
 * same next question as POST /api/quiz/next without a round trip.
 */
export interface QuizPageData extends PublicQuiz {
  start: { next: string; remaining: number; atMost: number; last: boolean }
  selection: SelectionContent
}
