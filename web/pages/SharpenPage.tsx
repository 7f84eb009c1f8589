import { FormQuestion } from '../quiz/FormQuestion'
import type { QuizAnswers, QuizData } from '../quiz/types'
import { ErrorNotice } from './ErrorNotice'
import { Layout } from './Layout'

/**
 * For the owner of a result from the adaptive quiz: the questions it did not ask, on one page.
 * Answering them scores the same result again (same id and links) on every question.
 */
export function SharpenPage({
  quiz,
  id,
  token,
  remaining,
  answers = {},
  errors = {},
}: {
  quiz: QuizData
  id: string
  token: string
  /** Ids of the questions not answered yet, in quiz order. */
  remaining: string[]
  answers?: QuizAnswers | undefined
  errors?: Record<string, string> | undefined
}) {
  const questions = quiz.questions.filter((q) => remaining.includes(q.id))
  return (
    <Layout>
      <form class="quiz-all" method="post" action={`/r/${id}/sharpen`}>
        <h1>Sharpen your result</h1>
        <p class="lead">
          Your result rests on the questions the quiz needed to place you. Answer the other {questions.length} and it is scored
          again on all of them: same link, same page, every skill measured.
        </p>
        <ErrorNotice items={questions.filter((q) => errors[q.id]).map((q) => ({ href: `#q-${q.id}`, words: q.prompt }))} />
        <input type="hidden" name="token" value={token} />
        {questions.map((q, i) => (
          <FormQuestion key={q.id} question={q} answers={answers} error={errors[q.id]} number={i + 1} />
        ))}
        <button class="button primary large" type="submit">
          Score my result again
        </button>
      </form>
    </Layout>
  )
}
