import { Quiz } from '../quiz/Quiz'
import type { QuizData } from '../quiz/types'
import { Layout } from './Layout'

/** The quiz page: the interactive quiz, and a plain form for browsers without JavaScript. */
export function QuizPage({ quiz }: { quiz: QuizData }) {
  return (
    <Layout>
      <noscript>
        <p class="notice">
          JavaScript is off: the quiz goes on one question per page. Or <a href="/quiz/all">answer all questions on one page</a>.
        </p>
      </noscript>
      {/* Filled in by the quiz script when a team's join link led here (web/client/quiz.tsx). */}
      <p class="notice" data-team-note role="status" hidden />
      <div id="quiz-root">
        <Quiz quiz={quiz} />
      </div>
    </Layout>
  )
}
