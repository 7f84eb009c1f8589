import type { CreatedResultJson, CreateResultBody } from '../../contract/api'
import { rememberMyResult } from '../client/handoff'
import { type Calibration, YEAR_BAND_IDS } from '../../contract/calibration'
import type { QuizAnswers } from './types'

/** What the page needs of a created result (POST /api/results answers with more). */
export type Created = Pick<CreatedResultJson, 'id' | 'url' | 'deleteUrl' | 'result'>

export type SubmitOutcome = ({ ok: true } & Created) | { ok: false; message: string }

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** What the quiz sends besides the answers. */
export type Extra = Omit<CreateResultBody, 'answers'>

/**
 * The optional last-step answers as the API takes them: only those given, and no `calibration`
 * at all when neither is. The choices come from GET /api/quiz, so they are valid ids.
 */
export function calibrationBody(chosen: { currentRole: string; years: string }): Pick<Extra, 'calibration'> {
  const years = YEAR_BAND_IDS.find((band) => band === chosen.years)
  const calibration: Calibration = {
    ...(chosen.currentRole ? { currentRole: chosen.currentRole } : {}),
    ...(years ? { years } : {}),
  }
  return Object.keys(calibration).length > 0 ? { calibration } : {}
}

/**
 * Sends the answers and returns the new result. Network failures and 5xx answers are retried a
 * few times, honouring a short Retry-After; a 429 is reported with its message instead (the
 * person can try again when it says). The caller keeps the answers until this succeeds.
 */
export async function submitAnswers(answers: QuizAnswers, extra: Extra = {}, attempts = 3): Promise<SubmitOutcome> {
  let message = 'Your result could not be saved.'
  let delay = 600
  for (let i = 0; i < attempts; i++) {
    if (i > 0) {
      await wait(delay)
      delay *= 2
    }
    try {
      const res = await fetch('/api/results', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ answers, ...extra }),
      })
      const body = (await res.json().catch(() => ({}))) as Partial<Created> & { error?: string }
      if (res.status === 201 && body.url && body.id && body.result && body.deleteUrl) {
        rememberMyResult(body.id, body.deleteUrl)
        return { ok: true, id: body.id, url: body.url, deleteUrl: body.deleteUrl, result: body.result }
      }
      message = body.error ?? message
      const retryAfter = Number(res.headers.get('retry-after'))
      if (retryAfter > 0) delay = retryAfter * 1000
      // Client errors and the rate limit are not retried here: the message says what to do.
      if (res.status < 500 || delay > 10_000) break
    } catch {
      message = 'The connection failed.'
    }
  }
  return { ok: false, message }
}
