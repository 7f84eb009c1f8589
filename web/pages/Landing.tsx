import type { SpectrumAnchor } from '../../model/types'
import { SpectrumScale } from '../result/SpectrumChart'
import { Layout } from './Layout'

/** The front page: what this is, in two sentences, and a way in. */
export function Landing({ questions, minutes, anchors }: { questions: number; minutes: number; anchors: SpectrumAnchor[] }) {
  return (
    <Layout>
      <section class="hero">
        <h1>Where do you sit between software engineering and data science?</h1>
        <p class="lead">
          Answer {questions} questions about what you have actually done in statistics, machine learning,
          software, infrastructure and communication. Role Spectrum places you among thirteen machine learning
          roles, from software engineer to data scientist, and shows the three skills that would take you to
          the role you want.
        </p>
        <p class="cta">
          <a class="button primary large" href="/quiz">
            Start the quiz
          </a>
          <span class="muted">About {minutes} minutes · no sign-up · a link to share at the end</span>
        </p>
        <div class="card preview" aria-hidden="true">
          <SpectrumScale anchors={anchors} />
        </div>
      </section>
      <section class="how" aria-labelledby="how-title">
        <h2 id="how-title">How it works</h2>
        <ol class="steps">
          <li>
            <strong>Concrete questions.</strong> Each option describes something you did, not how good you
            feel, so your answers mean the same as everyone else’s.
          </li>
          <li>
            <strong>An honest placement.</strong> Your scores in five areas, your place on the spectrum and
            how well each role fits, with the reasons.
          </li>
          <li>
            <strong>A growth path.</strong> Pick any role and see which three skills would bring you closest.
          </li>
        </ol>
      </section>
    </Layout>
  )
}
