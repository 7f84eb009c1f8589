import type { SpectrumAnchor } from '../../model/types'
import { SpectrumScale } from '../result/SpectrumChart'
import { Layout } from './Layout'
import { TextField } from './TextField'

/** The front page: what this is, in two sentences, and a way in. */
export function Landing({
  questions,
  version,
  roleCount,
  length,
  anchors,
  settings,
  notice,
}: {
  notice?: string | undefined
  questions: number
  /** The quiz's content version: the key its progress is kept under in the browser. */
  version: number
  roleCount: number
  /** The adaptive quiz's median length (model/content/timing.ts). */
  length: { medianQuestions: number; medianMinutes: number; people: number }
  anchors: SpectrumAnchor[]
  settings: { id: string; name: string; summary: string }[]
}) {
  return (
    <Layout>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <section class="hero">
        <h1>Where do you sit between software engineering and data science?</h1>
        <p class="lead">
          Answer about {length.medianQuestions} short questions about what you have actually done in statistics, machine learning,
          software, infrastructure and communication; each next question is the one that tells most about you. Role Spectrum
          places you among {roleCount} machine learning roles, from software engineer to data scientist, tells you how far along
          that path you are and how sure the placement is, and shows the three skills that would take you to the role you want.
        </p>
        <p class="cta">
          <a class="button primary large" href="/quiz" data-resume-version={version}>
            Start the quiz
          </a>
          <span class="muted resume-note" data-resume-note />
          <span class="muted">
            About {length.medianMinutes} minutes (median of {length.people.toLocaleString('en-GB')} test profiles:{' '}
            {length.medianQuestions} of {questions} questions at 200 words a minute) · no sign-up · a link to share at the end
          </span>
        </p>
        <div class="card preview" aria-hidden="true">
          <SpectrumScale anchors={anchors} />
        </div>
      </section>
      <section class="how" aria-labelledby="how-title">
        <h2 id="how-title">How it works</h2>
        <ol class="steps">
          <li>
            <strong>Concrete questions.</strong> Each option describes something you did, not how good you feel, so your answers
            mean the same as everyone else’s.
          </li>
          <li>
            <strong>An honest placement.</strong> Your scores in five areas, your place on the spectrum, the roles that fit with
            your seniority in each, and whether the placement is clear, a close call or unclear, with the reasons.
          </li>
          <li>
            <strong>A growth path.</strong> Pick any role and see which three skills would bring you closest.
          </li>
        </ol>
      </section>
      <section class="card team-create" id="team" aria-labelledby="team-title">
        <h2 id="team-title">Map your team</h2>
        <p>
          See a whole team on the spectrum against what its stage needs: which roles are covered, where people overlap, and who to
          hire next. No accounts: you get a join link for the team and a private admin link.
        </p>
        <form method="post" action="/t">
          <TextField id="team-name" name="name" label="Team name" required maxLength={40} />
          <fieldset class="question">
            <legend class="field-legend">Where is the team’s product?</legend>
            <div class="options">
              {settings.map((s, i) => (
                <label class="option" key={s.id}>
                  <input type="radio" name="setting" value={s.id} required checked={i === 0} />
                  <span class="option-text">
                    <strong>{s.name}.</strong> {s.summary}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <p>
            <button type="submit" class="button primary">
              Create the team map
            </button>
          </p>
        </form>
      </section>
    </Layout>
  )
}
