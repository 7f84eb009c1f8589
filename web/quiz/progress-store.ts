import type { QuizAnswers, QuizData } from './types'

/**
 * Where progress is kept in the browser; the quiz version is part of the key, and so is the
 * slot of a second (third, …) quiz widget on one host page, so that two widgets on a page do not
 * answer for each other. The first keeps the plain key: it resumes what /quiz began, and back.
 */
export const storageKey = (quiz: Pick<QuizData, 'version'>, slot?: number): string =>
  `role-spectrum:quiz:v${quiz.version}${slot && slot > 1 ? `:${slot}` : ''}`
const SHORTCUTS_KEY = 'role-spectrum:shortcuts'

export interface Progress {
  answers: QuizAnswers
  /** The questions shown so far, in the order they were asked. */
  path: string[]
  /** Index in `path` of the question on screen; `path.length` is the last step. */
  step: number
  /** Answers to questions an earlier change took off the path, shown again if the quiz comes back to them. */
  remembered: QuizAnswers
  /** What the progress line said at each step ("about N more"), so it says the same there again. */
  said: Said
}

/** By step: the questions left that the line said, and the place it said it (placeKey). */
export type Said = Record<number, { key: string; left: number }>

/** A step's place: the questions before it with their answers, and the question on it. */
export const placeKey = (path: readonly string[], answers: QuizAnswers, step: number): string =>
  `${path
    .slice(0, Math.max(0, step))
    .map((id) => `${id}=${answers[id] ?? ''}`)
    .join(',')}|${path[step] ?? ''}`

/** The entries of a stored `said` that are well formed. */
const validSaid = (raw: unknown): Said => {
  const out: Said = {}
  if (!raw || typeof raw !== 'object') return out
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    const step = Number(k)
    const entry = v as { key?: unknown; left?: unknown } | null
    if (!Number.isInteger(step) || step < 0 || step > 100 || !entry || typeof entry !== 'object') continue
    if (typeof entry.key !== 'string' || entry.key.length > 4000) continue
    if (!Number.isInteger(entry.left) || (entry.left as number) < 0 || (entry.left as number) > 100) continue
    out[step] = { key: entry.key, left: entry.left as number }
  }
  return out
}

/** The answers in a stored object that still fit the quiz: known ids, whole numbers 0..4. */
const validAnswers = (quiz: QuizData, raw: unknown): QuizAnswers => {
  const answers: QuizAnswers = {}
  if (!raw || typeof raw !== 'object') return answers
  for (const q of quiz.questions) {
    const v = (raw as Record<string, unknown>)[q.id]
    if (Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 4) answers[q.id] = v as number
  }
  return answers
}

/** Saved progress, keeping only answers that still fit the quiz; empty when there is none. */
export function loadProgress(quiz: QuizData, slot?: number): Progress {
  const empty = { answers: {}, path: [], step: 0, remembered: {}, said: {} }
  try {
    const raw = JSON.parse(localStorage.getItem(storageKey(quiz, slot)) ?? 'null') as Partial<Progress> | null
    if (!raw || typeof raw !== 'object') return empty
    const answers = validAnswers(quiz, raw.answers)
    const known = new Set(quiz.questions.map((q) => q.id))
    const path = Array.isArray(raw.path) ? raw.path.filter((id): id is string => typeof id === 'string' && known.has(id)) : []
    const step = Number.isInteger(raw.step) ? Math.min(Math.max(raw.step as number, 0), path.length) : 0
    return { answers, path, step, remembered: validAnswers(quiz, raw.remembered), said: validSaid(raw.said) }
  } catch {
    return empty
  }
}

export function saveProgress(quiz: QuizData, progress: Progress, slot?: number): void {
  try {
    localStorage.setItem(storageKey(quiz, slot), JSON.stringify(progress))
  } catch {
    // Private mode or a full quota: the quiz still works, it just will not resume.
  }
}

export function clearProgress(quiz: QuizData, slot?: number): void {
  try {
    localStorage.removeItem(storageKey(quiz, slot))
  } catch {
    // Nothing to clear.
  }
}

export function loadShortcuts(): boolean {
  try {
    return localStorage.getItem(SHORTCUTS_KEY) !== 'off'
  } catch {
    return true
  }
}

export function saveShortcuts(on: boolean): void {
  try {
    localStorage.setItem(SHORTCUTS_KEY, on ? 'on' : 'off')
  } catch {
    // Ignored: the setting lasts for this page only.
  }
}
