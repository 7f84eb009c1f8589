import { CalibrationFields } from '../quiz/CalibrationFields'
import { ProgressBar } from '../quiz/ProgressBar'
import { questionLabel } from '../quiz/progress-label'
import { QuestionStep } from '../quiz/QuestionStep'
import type { QuizData } from '../quiz/types'
import { Layout } from './Layout'
import { TextField } from './TextField'

/** A query string of answers, in the order given: how the stepped quiz carries them from page to page. */
export const answersQuery = (answers: [string, number][]): string =>
  answers.map(([id, v]) => `${encodeURIComponent(id)}=${v}`).join('&')

/**
 * The adaptive quiz without JavaScript: one question per page, a plain GET form that carries
 * the answers so far in hidden fields (no name or other personal data is in the URL), and at
 * the end the optional last step, posted to /quiz/all like the one-page form.
 */
export function QuizStepPage({
  quiz,
  answers,
  question,
  remaining,
  atMost,
  last,
  chosen,
  unanswered = false,
}: {
  quiz: QuizData
  /** The answers so far, in the order they were given. */
  answers: [string, number][]
  /** The question to ask; undefined once the quiz has stopped. */
  question?: QuizData['questions'][number] | undefined
  /** Questions likely left and left at most, the one asked included, and whether it is surely the last (model/adaptive/next.ts). */
  remaining: number
  atMost: number
  last: boolean
  /** The answer already chosen for this question (coming back to it). */
  chosen?: number | undefined
  /** The person pressed Next without choosing. */
  unanswered?: boolean
}) {
  // Back goes to the previous question with its answer still chosen (`prev`), as with JavaScript.
  const gone = answers.at(-1)
  const back = gone
    ? `/quiz/step?${[answersQuery(answers.slice(0, -1)), `prev=${encodeURIComponent(`${gone[0]}:${gone[1]}`)}`].filter(Boolean).join('&')}`
    : '/quiz'
  const hidden = answers.map(([id, v]) => <input key={id} type="hidden" name={id} value={v} />)
  if (!question)
    return (
      <Layout>
        <form class="quiz" method="post" action="/quiz/all">
          {hidden}
          <p class="progress-label">
            <span class="progress-area">Last step</span>
            <span>{answers.length} answered: enough to place you</span>
          </p>
          <h1 class="prompt">Almost there</h1>
          <p>Everything here is optional. Your result gets a link that only people you share it with will know.</p>
          <TextField id="display-name" name="name" label="Name to show on your result" maxLength={40} autoComplete="nickname" />
          <label class="check">
            <input type="checkbox" name="public" />
            <span>Let search engines list my result page (off by default)</span>
          </label>
          <CalibrationFields choices={quiz.calibration} />
          <div class="nav">
            <a class="button secondary" href={back}>
              Back
            </a>
            <button type="submit" class="button primary">
              See my result
            </button>
          </div>
        </form>
      </Layout>
    )
  const area = quiz.areas.find((a) => a.id === question.area)
  return (
    <Layout>
      <form class="quiz" method="get" action="/quiz/step">
        {hidden}
        <input type="hidden" name="q" value={question.id} />
        <div class="progress">
          <p class="progress-label">
            <span class="progress-area">{area?.name}</span>
            <span>{questionLabel(answers.length + 1, remaining - 1, atMost - 1, last)}</span>
          </p>
          <ProgressBar
            answered={answers.length}
            total={answers.length + remaining}
            left={remaining}
            fill={answers.length / (answers.length + remaining)}
          />
        </div>
        <QuestionStep question={question} value={chosen} error={unanswered ? 'Choose one of the options.' : undefined} />
        <div class="nav">
          <a class="button secondary" href={back}>
            Back
          </a>
          <button type="submit" class="button primary">
            Next
          </button>
        </div>
        <p id="choose-hint" class="hint">
          Choose the option closest to what you have actually done.{' '}
          <a href="/quiz/all">All {quiz.questions.length} questions on one page</a>
        </p>
      </form>
    </Layout>
  )
}
