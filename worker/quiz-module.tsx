import { render } from 'preact-render-to-string'
import { EmbedQuizPage } from '../web/embed/EmbedQuizPage'
import { QuizAllPage } from '../web/pages/QuizAllPage'
import { QuizPage } from '../web/pages/QuizPage'
import { QuizStepPage } from '../web/pages/QuizStepPage'
import { SharpenPage } from '../web/pages/SharpenPage'
import { nextStep } from '../model/adaptive/next'
import { content } from '../model'
import { publicQuiz, quizPageData } from './public-quiz'

/**
 * Everything that shows the questions' words: the quiz as data and its three pages as HTML.
 * Built into its own worker module (worker/generated/quiz.mjs, loaded by worker/lazy-modules.ts)
 * so that result, card and team routes never load the words or the quiz components.
 */
export { publicQuiz, quizPageData }
export type { PublicQuiz } from './public-quiz'

export const renderQuizPage = (): string => render(<QuizPage quiz={quizPageData} />)

export const renderEmbedQuizPage = (): string => render(<EmbedQuizPage quiz={quizPageData} />)

export interface QuizAllState {
  answers?: Record<string, number> | undefined
  errors?: Record<string, string> | undefined
  name?: string | undefined
  isPublic?: boolean | undefined
  calibration?: { currentRole?: string | undefined; years?: string | undefined } | undefined
}

export const renderQuizAllPage = (s: QuizAllState): string =>
  render(
    <QuizAllPage
      quiz={quizPageData}
      answers={s.answers}
      errors={s.errors}
      name={s.name}
      isPublic={s.isPublic}
      calibration={s.calibration}
    />,
  )

/**
 * One page of the quiz without JavaScript: the answers so far (in the order given) decide the
 * next question, or the last step once the adaptive quiz has stopped. `tried` is the question
 * the person was on, if they pressed Next without choosing.
 */
export function renderQuizStepPage(answers: [string, number][], tried?: string): string {
  const given = Object.fromEntries(answers)
  const step = nextStep(content, given)
  const question = step.next === null ? undefined : quizPageData.questions.find((q) => q.id === step.next)
  return render(
    <QuizStepPage
      quiz={quizPageData}
      answers={answers}
      question={question}
      remaining={step.remaining}
      unanswered={tried !== undefined && tried === step.next}
    />,
  )
}

/** The owner's page for answering the questions a result of the adaptive quiz did not ask. */
export const renderSharpenPage = (props: {
  id: string
  token: string
  remaining: string[]
  answers?: Record<string, number>
  errors?: Record<string, string>
}): string => render(<SharpenPage quiz={quizPageData} {...props} />)
