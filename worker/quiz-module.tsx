import { render } from 'preact-render-to-string'
import { EmbedQuizPage } from '../web/embed/EmbedQuizPage'
import { QuizAllPage } from '../web/pages/QuizAllPage'
import { QuizPage } from '../web/pages/QuizPage'
import { publicQuiz } from './public-quiz'

/**
 * Everything that shows the questions' words: the quiz as data and its three pages as HTML.
 * Built into its own worker module (worker/generated/quiz.mjs, loaded by worker/lazy-modules.ts)
 * so that result, card and team routes never load the words or the quiz components.
 */
export { publicQuiz }
export type { PublicQuiz } from './public-quiz'

export const renderQuizPage = (): string => render(<QuizPage quiz={publicQuiz} />)

export const renderEmbedQuizPage = (): string => render(<EmbedQuizPage quiz={publicQuiz} />)

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
      quiz={publicQuiz}
      answers={s.answers}
      errors={s.errors}
      name={s.name}
      isPublic={s.isPublic}
      calibration={s.calibration}
    />,
  )
