import type { QuizAnswers } from './types'

export type SubmitOutcome = { ok: true; url: string; id: string } | { ok: false; message: string }

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * Sends the answers and returns the new result's URL. Network failures and 5xx answers
 * are retried a few times; the caller keeps the answers until this succeeds.
 */
export async function submitAnswers(answers: QuizAnswers, attempts = 3): Promise<SubmitOutcome> {
  let message = 'Your result could not be saved.'
  for (let i = 0; i < attempts; i++) {
    if (i > 0) await wait(600 * 2 ** (i - 1))
    try {
      const res = await fetch('/api/results', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ answers }),
      })
      const body = (await res.json().catch(() => ({}))) as { url?: string; id?: string; error?: string }
      if (res.status === 201 && body.url && body.id) return { ok: true, url: body.url, id: body.id }
      message = body.error ?? message
      if (res.status < 500) break
    } catch {
      message = 'The connection failed.'
    }
  }
  return { ok: false, message }
}
