import type { QuizAnswers, QuizData } from './types'

/**
 * Where progress is kept in the browser; the quiz version is part of the key, and so is the
 * slot of a second (third, …) quiz widget on one host page, so that two widgets on a page do not
 * answer for each other. The first keeps the plain key: it resumes what /quiz began, and back.
 */
export const storageKey = (quiz: QuizData, slot?: number): string =>
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
  const empty = { answers: {}, path: [], step: 0, remembered: {} }
  try {
    const raw = JSON.parse(localStorage.getItem(storageKey(quiz, slot)) ?? 'null') as Partial<Progress> | null
    if (!raw || typeof raw !== 'object') return empty
    const answers = validAnswers(quiz, raw.answers)
    const known = new Set(quiz.questions.map((q) => q.id))
    const path = Array.isArray(raw.path) ? raw.path.filter((id): id is string => typeof id === 'string' && known.has(id)) : []
    const step = Number.isInteger(raw.step) ? Math.min(Math.max(raw.step as number, 0), path.length) : 0
    return { answers, path, step, remembered: validAnswers(quiz, raw.remembered) }
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
