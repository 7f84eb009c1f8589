import { storageKey } from '../quiz/progress-store'

/**
 * The landing page's way in. Where this browser has a quiz half done (the quiz keeps its
 * progress in localStorage and resumes it), the button says so: "Continue the quiz", and how
 * many questions are answered. Without this script, or with nothing stored, it says "Start".
 */
const start = document.querySelector<HTMLAnchorElement>('[data-resume-version]')
const note = document.querySelector<HTMLElement>('[data-resume-note]')
const version = Number(start?.dataset.resumeVersion)

/** Answers stored for this quiz version: whole numbers 0..4 (the quiz checks them again on load). */
function answered(): number {
  try {
    const raw = JSON.parse(localStorage.getItem(storageKey({ version })) ?? 'null') as { answers?: unknown } | null
    const answers = raw?.answers
    if (!answers || typeof answers !== 'object') return 0
    return Object.values(answers).filter((v) => Number.isInteger(v) && v >= 0 && v <= 4).length
  } catch {
    return 0
  }
}

const n = start && Number.isInteger(version) ? answered() : 0
if (start && n > 0) {
  start.textContent = 'Continue the quiz'
  if (note)
    note.textContent = `${n} ${n === 1 ? 'question' : 'questions'} answered in this browser; it picks up where you left off.`
}
