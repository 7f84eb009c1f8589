import { CalibrationFields } from '../quiz/CalibrationFields'
import { FormQuestion } from '../quiz/FormQuestion'
import type { QuizAnswers, QuizData } from '../quiz/types'
import { ErrorNotice } from './ErrorNotice'
import { Layout } from './Layout'
import { TextField } from './TextField'

/** The form's fields besides the questions: where the error summary links to, and its words for them. */
const FIELDS: Record<string, { anchor: string; words: string } | undefined> = {
  name: { anchor: 'display-name', words: 'name' },
  currentRole: { anchor: 'current-role', words: 'current role' },
  years: { anchor: 'years', words: 'years of experience' },
}

/** Every question on one page, a plain form that works without JavaScript. */
export function QuizAllPage({
  quiz,
  answers = {},
  errors = {},
  name = '',
  isPublic = false,
  calibration = {},
  length,
}: {
  quiz: QuizData
  /** How long the quizzes take (model/content/timing.ts): the short one's median, this one's whole. */
  length: { medianQuestions: number; fullMinutes: number }
  answers?: QuizAnswers | undefined
  errors?: Record<string, string> | undefined
  name?: string | undefined
  /** The "public" tick as sent, kept when the form comes back with errors. */
  isPublic?: boolean | undefined
  /** The optional anonymous answers as sent, kept when the form comes back with errors. */
  calibration?: { currentRole?: string | undefined; years?: string | undefined } | undefined
}) {
  // Numbered as shown, area by area, so "question 12" in the error summary is the twelfth on the page.
  const shown = quiz.areas.flatMap((area) => quiz.questions.filter((q) => q.area === area.id))
  const numberOf = new Map(shown.map((q, i) => [q.id, i + 1]))
  return (
    <Layout>
      <form class="quiz-all" method="post" action="/quiz/all">
        <h1>The whole quiz on one page</h1>
        <p class="muted">
          All {shown.length} questions, about {length.fullMinutes} minutes. The <a href="/quiz">short quiz</a> asks about{' '}
          {length.medianQuestions} of them, one at a time.
        </p>
        <ErrorNotice
          items={Object.keys(errors).map((id) => ({
            href: FIELDS[id] ? `#${FIELDS[id].anchor}` : `#q-${id}`,
            words: FIELDS[id]?.words ?? `question ${numberOf.get(id)}`,
          }))}
        />
        {quiz.areas.map((area) => (
          <section key={area.id} aria-labelledby={`area-${area.id}`}>
            <h2 id={`area-${area.id}`}>{area.name}</h2>
            {quiz.questions
              .filter((q) => q.area === area.id)
              .map((q) => (
                <FormQuestion key={q.id} question={q} answers={answers} error={errors[q.id]} number={numberOf.get(q.id)} />
              ))}
          </section>
        ))}
        <section aria-labelledby="optional-title">
          <h2 id="optional-title">Optional</h2>
          <TextField
            id="display-name"
            name="name"
            label="Name to show on your result"
            value={name}
            error={errors.name}
            maxLength={40}
            autoComplete="nickname"
          />
          <label class="check">
            <input type="checkbox" name="public" checked={isPublic} />
            <span>Let search engines list my result page</span>
          </label>
          <CalibrationFields
            choices={quiz.calibration}
            currentRole={calibration.currentRole}
            years={calibration.years}
            errors={errors}
          />
        </section>
        <button class="button primary large" type="submit">
          See my result
        </button>
      </form>
    </Layout>
  )
}
