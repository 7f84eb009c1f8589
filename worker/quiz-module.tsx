import type { VNode } from 'preact'
import { EmbedQuizPage } from '../web/embed/EmbedQuizPage'
import { QUIZ_LENGTH } from '../model/content/timing'
import { QuizAllPage } from '../web/pages/QuizAllPage'
import { QuizPage } from '../web/pages/QuizPage'
import { QuizStepPage } from '../web/pages/QuizStepPage'
import { SharpenPage } from '../web/pages/SharpenPage'
import { nextStep } from '../model/adaptive/next'
import { content } from '../model'
import { publicQuiz, quizPageData } from './public-quiz'

/**
 * Everything that shows the questions' words: the quiz as data and its pages. A chunk loaded on
 * first use (worker/lazy-modules.ts), so result, card and team routes never load the words or
 * the quiz components.
 */
export { publicQuiz, quizPageData }
export type { PublicQuiz } from './public-quiz'

export const quizPage = (): VNode => <QuizPage quiz={quizPageData} />

export const embedQuizPage = (): VNode => <EmbedQuizPage quiz={quizPageData} />

export interface QuizAllState {
  answers?: Record<string, number> | undefined
  errors?: Record<string, string> | undefined
  name?: string | undefined
  isPublic?: boolean | undefined
  calibration?: { currentRole?: string | undefined; years?: string | undefined } | undefined
}

export const quizAllPage = (s: QuizAllState): VNode => (
  <QuizAllPage
    quiz={quizPageData}
    length={QUIZ_LENGTH}
    answers={s.answers}
    errors={s.errors}
    name={s.name}
    isPublic={s.isPublic}
    calibration={s.calibration}
  />
)

/**
 * One page of the quiz without JavaScript: the answers so far (in the order given) decide the
 * next question, or the last step once the adaptive quiz has stopped. `tried` is the question
 * the person was on, if they pressed Next without choosing; `previous`, the answer they had
 * chosen for the question they came back to.
 */
export function quizStepPage(answers: [string, number][], tried?: string, previous?: [string, number]): VNode {
  const given = Object.fromEntries(answers)
  const step = nextStep(content, given)
  const question = step.next === null ? undefined : quizPageData.questions.find((q) => q.id === step.next)
  return (
    <QuizStepPage
      quiz={quizPageData}
      answers={answers}
      question={question}
      remaining={step.remaining}
      atMost={step.atMost}
      last={step.last}
      chosen={previous && previous[0] === step.next ? previous[1] : undefined}
      unanswered={tried !== undefined && tried === step.next}
    />
  )
}

/** The owner's page for answering the questions a result of the adaptive quiz did not ask. */
export const sharpenPage = (props: {
  id: string
  token: string
  remaining: string[]
  answers?: Record<string, number>
  errors?: Record<string, string>
}): VNode => <SharpenPage quiz={quizPageData} {...props} />
