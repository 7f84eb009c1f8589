import { Quiz } from '../quiz/Quiz'
import type { QuizData } from '../quiz/types'
import { Layout } from './Layout'

/** The quiz page: the interactive quiz, and a plain form for browsers without JavaScript. */
export function QuizPage({ quiz }: { quiz: QuizData }) {
  return (
    <Layout>
      <noscript>
        <p class="notice">
          JavaScript is off. <a href="/quiz/all">Answer all questions on one page</a> instead.
        </p>
      </noscript>
      <div id="quiz-root">
        <Quiz quiz={quiz} />
      </div>
    </Layout>
  )
}
