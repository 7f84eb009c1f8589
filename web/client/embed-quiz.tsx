import { hydrate } from 'preact'
import { connect } from '../embed/bridge'
import type { EmbedSettings } from '../embed/protocol'
import { Quiz } from '../quiz/Quiz'
import type { QuizData } from '../quiz/types'
import { pageData } from './data'

const { quiz, embed } = pageData<{ quiz: QuizData; embed: EmbedSettings }>()
const bridge = connect(embed.parent, embed.widget)
const root = document.getElementById('quiz-root')
if (root)
  hydrate(
    <Quiz
      quiz={quiz}
      source={embed.source}
      slot={embed.slot}
      onProgress={(p) => bridge.send('progress', p)}
      onComplete={(created) => {
        const url = new URL(created.url, location.href).href
        const top = created.result.roles[0]
        bridge.send('complete', {
          id: created.id,
          url,
          // `match` is the number the result's headline shows (content version 3 on); `fit` orders roles.
          topRole: top && { id: top.id, name: top.name, fit: top.fit, ...(top.match === undefined ? {} : { match: top.match }) },
          ...(top?.seniority ? { seniority: top.seniority } : {}),
          // Set when the page names two bands ("early career to mid-level"): the other one.
          ...(top?.nearBand ? { nearBand: top.nearBand } : {}),
          ...(created.result.certainty ? { certainty: created.result.certainty.kind } : {}),
          scores: created.result.scores,
          position: created.result.spectrum.position,
        })
        if (embed.open === 'tab') {
          window.open(url, '_blank', 'noopener')
          return undefined
        }
        return `/embed/r/${created.id}${embed.carry}`
      }}
    />,
    root,
  )
