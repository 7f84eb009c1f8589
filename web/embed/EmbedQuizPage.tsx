import { Quiz } from '../quiz/Quiz'
import type { QuizData } from '../quiz/types'

/** The quiz inside another site's page: no site chrome, just the quiz and a small credit. */
export function EmbedQuizPage({ quiz }: { quiz: QuizData }) {
  return (
    <main class="embed">
      <div id="quiz-root">
        <Quiz quiz={quiz} />
      </div>
      <p class="embed-credit">
        <a href="/" target="_blank" rel="noopener">
          Role Spectrum
        </a>{' '}
        · a skills self-assessment for ML roles
      </p>
    </main>
  )
}
