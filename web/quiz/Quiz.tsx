import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks'
import { nextStep, replayPath } from '../../model/adaptive/next'
import { FinishStep } from './FinishStep'
import { clearProgress, loadProgress, loadShortcuts, placeKey, type Said, saveProgress, saveShortcuts } from './progress-store'
import { ProgressBar } from './ProgressBar'
import { questionLabel } from './progress-label'
import { QuestionStep } from './QuestionStep'
import { calibrationBody, submitAnswers, type Created } from './submit'
import type { QuizAnswers, QuizData } from './types'

export type Sending =
  | { state: 'idle' }
  | { state: 'sending' }
  | { state: 'error'; message: string }
  | { state: 'done'; url: string }

export interface QuizProps {
  quiz: QuizData
  /** A tag stored with the result (set by the embed widget). */
  source?: string | undefined
  /** The widget's place among the quiz widgets of its host page (embed); 2 and up keep their own progress. */
  slot?: number | undefined
  /** Told after every change: how many are answered, and the area of the current step. */
  onProgress?: (progress: { answered: number; total: number; step: number; area: string }) => void
  /**
   * Told when the result is stored. Return a URL to go to, or nothing to stay and show a
   * link to the result (an embed that opens results in a new tab). Default: go to the result.
   */
  onComplete?: (created: Created) => string | undefined
}

/** The history entry that stands in front of the quiz page while the person is past the first question. */
const GUARD = { roleSpectrumQuiz: 'back' }
const isGuard = (state: unknown): boolean => (state as typeof GUARD | null)?.roleSpectrumQuiz === GUARD.roleSpectrumQuiz
/** Inside a frame (the widget on another site), where the Back button is the host page's. */
const framed = (): boolean => window.top !== window

/** The first question of every path (the fixed start), as the server worked it out. */
const firstQuestion = (quiz: QuizData): string => quiz.start.next

/**
 * The quiz, one question per screen, adaptive: after a fixed start, each next question is the
 * one that best separates the placements still in play (model/adaptive, computed here in the
 * browser from the page's selection table), and the quiz stops once the placement is settled.
 * After the last question comes one more screen for the optional name and visibility.
 */
export function Quiz({ quiz, source, slot, onProgress, onComplete }: QuizProps) {
  const [answers, setAnswers] = useState<QuizAnswers>({})
  const [path, setPath] = useState<string[]>(() => [firstQuestion(quiz)])
  const [step, setStep] = useState(0)
  const [confirming, setConfirming] = useState(false)
  const [name, setName] = useState('')
  const [isPublic, setPublic] = useState(false)
  const [calibration, setCalibration] = useState({ currentRole: '', years: '' })
  const [shortcuts, setShortcuts] = useState(true)
  const [sending, setSending] = useState<Sending>({ state: 'idle' })
  const [restored, setRestored] = useState(false)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const moved = useRef(false)
  /** Answers to questions an earlier change took off the path, shown again if the quiz comes back to them. */
  const remembered = useRef<QuizAnswers>({})
  /** What the progress line said at each step, with the place it said it (placeKey). */
  const said = useRef<Said>({})

  useEffect(() => {
    const saved = loadProgress(quiz, slot)
    setAnswers(saved.answers)
    setPath(saved.path.length > 0 ? saved.path : [firstQuestion(quiz)])
    setStep(saved.path.length > 0 ? saved.step : 0)
    remembered.current = saved.path.length > 0 ? saved.remembered : {}
    said.current = saved.said
    setShortcuts(loadShortcuts())
    setRestored(true)
  }, [quiz])

  useEffect(() => {
    if (!restored) return
    saveProgress(quiz, { answers, path, step, remembered: remembered.current, said: said.current }, slot)
    const area = byId.get(path[step] ?? '')?.area ?? 'finish'
    const answeredNow = Object.keys(answers).length
    onProgress?.({ answered: answeredNow, total: answeredNow + plan.remaining, step, area })
  }, [answers, path, step, restored])

  useLayoutEffect(() => {
    // Move focus to the new step only after the person moved, never on first load;
    // before paint, so keys pressed right after the move land on the new step.
    if (moved.current) headingRef.current?.focus()
  }, [step])

  const byId = useMemo(() => new Map(quiz.questions.map((q) => [q.id, q])), [quiz])
  // Where the answers stand: whether the quiz has stopped, and about how many questions are left.
  // Before the first answer the server's figures serve, which keeps the model's work off page load.
  const plan = useMemo(
    () => (Object.keys(answers).length === 0 ? { ...quiz.start, answered: 0, done: false } : nextStep(quiz.selection, answers)),
    [quiz, answers],
  )
  const question = step < path.length ? byId.get(path[step]!) : undefined
  const answered = Object.keys(answers).length
  // Questions likely to follow the one on screen: those already on the path after it, then the
  // quiz's estimate of new ones (which counts the one on screen while it has no answer).
  // Worked out when a question comes on screen and kept while it is answered, so that choosing an
  // option never changes the line (nor shifts the layout), unless a changed answer further back
  // rebuilt the path after it.
  // One surprising answer can move the model's estimate a lot; one question on, the line moves
  // halfway from what it said to the new estimate. On the 80 typical people's paths that halves
  // the jumps (0.6 questions a step against 1.2) for a little accuracy (mean error 1.9 against 1.8).
  // What it said at each step is kept with the questions and answers before it (and saved with the
  // progress), so the same place on the same path says the same after Back or a reload.
  const progress = useMemo(() => {
    // Back on an earlier question, the newest one is on the path too; the plan's figures count it.
    const later = path.slice(step + 1).filter((id) => id !== plan.next).length
    const onScreen = !plan.done && plan.next === path[step] ? 1 : 0
    const atMost = later + (plan.done ? 0 : plan.atMost - onScreen)
    // Only the newest question can be known to end the quiz whatever the answer.
    const last = later === 0 && onScreen === 1 && plan.last
    const key = placeKey(path, answers, step)
    const kept = said.current[step]
    // Never fewer than the questions already on the path after this one (Back after a long way on).
    if (kept?.key === key) return { left: Math.max(Math.min(later, atMost), Math.min(kept.left, atMost)), atMost, last }
    const estimate = later + (plan.done ? 0 : plan.remaining - onScreen)
    const previous = said.current[step - 1]
    const before = previous?.key === placeKey(path, answers, step - 1) ? previous.left : undefined
    const left = Math.min(atMost, before === undefined ? estimate : Math.round((estimate + Math.max(0, before - 1)) / 2))
    said.current = { ...said.current, [step]: { key, left } }
    return { left, atMost, last }
  }, [step, path, restored])
  const left = progress.left
  const total = answered + plan.remaining
  // The bar never moves back: when an answer makes the quiz likely to run longer, it waits.
  const filled = useRef(0)
  filled.current = answered === 0 ? 0 : Math.max(filled.current, answered / Math.max(1, total))
  const firstUnanswered = path.findIndex((id) => answers[id] === undefined)

  const go = (to: number, length = path.length) => {
    moved.current = true
    setSending({ state: 'idle' })
    setStep(Math.min(Math.max(to, 0), length))
    setConfirming(false)
    if (to > 0 && !framed() && !isGuard(history.state)) history.pushState(GUARD, '')
  }
  /** On from the newest question (or the last step): the adaptive quiz's next one, or the last step once it has stopped. */
  const advance = () => {
    // `plan` is already the step for these answers: the model runs once per answer.
    if (plan.done || plan.next === null) return go(path.length)
    const longer = [...path, plan.next]
    setPath(longer)
    // A question answered before an earlier answer changed shows that answer again.
    const kept = remembered.current[plan.next]
    if (kept !== undefined && answers[plan.next] === undefined) setAnswers((a) => ({ ...a, [plan.next!]: kept }))
    go(path.length, longer.length)
  }
  const choose = (value: number) => {
    if (!question) return
    if (step >= path.length - 1 || answers[question.id] === value || answers[question.id] === undefined)
      return setAnswers((a) => ({ ...a, [question.id]: value }))
    // A changed answer further back: the quiz adapts again from it. Questions it still asks keep
    // their answers; answers to questions it no longer asks are dropped.
    const prefix = path.slice(0, step + 1)
    const fixed = Object.fromEntries(prefix.map((id) => [id, id === question.id ? value : answers[id]!]))
    remembered.current = { ...remembered.current, ...answers }
    const again = replayPath(quiz.selection, prefix, fixed, remembered.current)
    setPath(again.path)
    setAnswers(again.answers)
  }

  const finish = async () => {
    if (sending.state === 'sending') return
    if (firstUnanswered !== -1) return go(firstUnanswered)
    // Progress saved under an earlier rule, or a page older than the worker, can reach this step
    // before the quiz has stopped: ask what it still asks rather than send a set it refuses.
    if (!plan.done && plan.next !== null) return advance()
    setSending({ state: 'sending' })
    const trimmed = name.trim()
    const outcome = await submitAnswers(answers, {
      ...(source ? { source } : {}),
      ...(trimmed ? { name: trimmed } : {}),
      ...(isPublic ? { public: true } : {}),
      ...calibrationBody(calibration),
    })
    if (!outcome.ok) return setSending({ state: 'error', message: outcome.message })
    clearProgress(quiz, slot)
    const next = onComplete ? onComplete(outcome) : outcome.url
    if (next) location.assign(next)
    else setSending({ state: 'done', url: outcome.url })
  }

  const next = () => {
    if (!question) void finish()
    else if (answers[question.id] === undefined) return
    else if (step < path.length - 1) go(step + 1)
    else advance()
  }

  const keys = useRef({ next, choose, go, step, shortcuts })
  keys.current = { next, choose, go, step, shortcuts }
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const k = keys.current
      if (!k.shortcuts || e.ctrlKey || e.metaKey) return
      const target = e.target as HTMLElement | null
      const tag = target?.tagName
      const typing =
        tag === 'TEXTAREA' ||
        tag === 'SELECT' ||
        (tag === 'INPUT' && !['radio', 'checkbox'].includes((target as HTMLInputElement).type))
      if (typing) return
      if (!e.altKey && /^[1-5]$/.test(e.key)) {
        e.preventDefault()
        k.choose(Number(e.key) - 1)
      } else if (e.key === 'Enter' && tag !== 'BUTTON' && tag !== 'A') {
        e.preventDefault()
        k.next()
      } else if ((e.key === 'Backspace' && !e.altKey) || (e.key === 'ArrowLeft' && e.altKey)) {
        e.preventDefault()
        k.go(k.step - 1)
      }
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])

  // The browser's Back (a phone's back gesture) goes back one question instead of leaving the
  // quiz: past the first question an extra history entry stands in front of the page; going
  // back through it steps back a question, and `go` puts the entry back unless that is the
  // first question, from which Back leaves. Not inside a frame, where Back belongs to the host page.
  useEffect(() => {
    if (framed()) return
    const onPop = (event: PopStateEvent) => {
      // Forward onto the extra entry is not Back.
      if (isGuard(event.state)) return
      const k = keys.current
      if (k.step === 0) history.back()
      else k.go(k.step - 1)
    }
    // "Skip to content" moves focus to the quiz without a history entry of its own: followed as
    // a link, #main is a navigation, and its popstate read as Back (a step back, or out of the quiz).
    const skip = document.querySelector<HTMLAnchorElement>('a.skip')
    const main = document.getElementById('main')
    const onSkip = (event: MouseEvent) => {
      if (!main) return
      event.preventDefault()
      main.tabIndex = -1
      main.focus()
    }
    addEventListener('popstate', onPop)
    skip?.addEventListener('click', onSkip)
    return () => {
      removeEventListener('popstate', onPop)
      skip?.removeEventListener('click', onSkip)
    }
  }, [])

  const toggleShortcuts = () => {
    saveShortcuts(!shortcuts)
    setShortcuts(!shortcuts)
  }

  // Start over asks first: one stray tap under Back/Next on a phone would clear every answer.
  // Focus goes to "Keep them", and back to "Start over" when they are kept.
  const keep = useRef<HTMLButtonElement>(null)
  const again = useRef<HTMLButtonElement>(null)
  const kept = useRef(false)
  useEffect(() => {
    if (confirming) keep.current?.focus()
    else if (kept.current) again.current?.focus()
    kept.current = false
  }, [confirming])
  const startOver = () => {
    remembered.current = {}
    said.current = {}
    clearProgress(quiz, slot)
    setAnswers({})
    setPath([firstQuestion(quiz)])
    go(0, 1)
    scrollTo(0, 0)
  }

  if (sending.state === 'done')
    return (
      <div class="quiz-done" role="status">
        <h1 class="prompt">Your result is ready</h1>
        <p>It opens in a new tab; if your browser stopped that, use the link:</p>
        <p>
          <a class="button primary" href={sending.url} target="_blank" rel="noopener">
            See my result
          </a>
        </p>
      </div>
    )

  const area = question ? quiz.areas.find((a) => a.id === question.area) : undefined
  return (
    <form
      class="quiz"
      method="get"
      action="/quiz/step"
      data-ready={restored ? 'true' : undefined}
      onSubmit={(e) => {
        e.preventDefault()
        next()
      }}
    >
      <div class="progress">
        <p class="progress-label">
          <span class="progress-area">{area?.name ?? 'Last step'}</span>
          <span>
            {question
              ? questionLabel(step + 1, left, progress.atMost, progress.last)
              : `${answered} answered: enough to place you`}
          </span>
        </p>
        <ProgressBar answered={answered} total={total} left={left} fill={question ? filled.current : 1} />
      </div>

      {/* Without JavaScript the form goes to the one-question-per-page quiz, which carries on from here. */}
      {question && <input type="hidden" name="q" value={question.id} />}
      {question ? (
        <QuestionStep question={question} value={answers[question.id]} onChoose={choose} headingRef={headingRef} />
      ) : (
        <FinishStep
          headingRef={headingRef}
          name={name}
          onName={setName}
          isPublic={isPublic}
          onPublic={setPublic}
          unanswered={firstUnanswered}
          choices={quiz.calibration}
          calibration={calibration}
          onCalibration={(field, value) => setCalibration((c) => ({ ...c, [field]: value }))}
        />
      )}

      <div class="nav">
        <button type="button" class="button secondary" onClick={() => go(step - 1)} disabled={step === 0}>
          Back
        </button>
        <button
          type="submit"
          class="button primary"
          // Enabled as first rendered, so that without JavaScript the form still submits to /quiz/step.
          disabled={restored && ((question && answers[question.id] === undefined) || sending.state === 'sending')}
        >
          {question ? 'Next' : sending.state === 'sending' ? 'Saving…' : 'See my result'}
        </button>
      </div>
      <p id="choose-hint" class="hint">
        {question && answers[question.id] === undefined ? 'Choose the option closest to what you have actually done.' : '\u00a0'}
      </p>

      {sending.state === 'error' && (
        <div class="notice error" role="alert">
          <p>{sending.message} Your answers are kept on this device.</p>
          <button type="button" class="button primary" onClick={() => void finish()}>
            Try again
          </button>
        </div>
      )}

      <div class="quiz-footer">
        <p class="hint keys-hint">
          {shortcuts ? (
            <>
              Keys: <kbd>1</kbd>–<kbd>5</kbd> answer, <kbd>Enter</kbd> next, <kbd>Backspace</kbd> back.{' '}
            </>
          ) : (
            'Keyboard shortcuts are off. '
          )}
          <button type="button" class="link-button" onClick={toggleShortcuts}>
            {shortcuts ? 'Turn shortcuts off' : 'Turn shortcuts on'}
          </button>
        </p>
        {answered > 0 &&
          (confirming ? (
            <p class="hint" id="start-over-ask">
              {answered === 1 ? 'Clear your answer?' : `Clear all ${answered} answers?`}{' '}
              <button type="button" class="link-button" onClick={startOver}>
                Yes, start over
              </button>{' '}
              <button
                type="button"
                class="link-button"
                ref={keep}
                aria-describedby="start-over-ask"
                onClick={() => {
                  kept.current = true
                  setConfirming(false)
                }}
              >
                Keep them
              </button>
            </p>
          ) : (
            <button type="button" class="link-button" ref={again} onClick={() => setConfirming(true)}>
              Start over
            </button>
          ))}
      </div>
    </form>
  )
}
