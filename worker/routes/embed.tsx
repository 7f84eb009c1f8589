import { Hono } from 'hono/tiny'
import { EmbedCard } from '../../web/embed/EmbedCard'
import { certaintyLine, headline, isPlaced } from '../../contract/placement-words'
import { accentCss, accentStylesheet, embedSettings, parseEmbedQuery, themeAttributes } from '../embed-options'
import type { AppEnv } from '../env'
import { loadQuiz } from '../lazy-modules'
import { renderDocument } from '../render/document'
import { findResult } from '../results/find'
import { compareEmbed } from './compare'
import { areaNames } from './results'
import { quizMinutes } from '../../model/content/timing'

/** Pages made to be framed by other sites (the widget and oEmbed). */
export const embed = new Hono<AppEnv>()

embed.get('/quiz', async (c) => {
  const q = { data: parseEmbedQuery(c.req.query()) }
  const { quizPageData, embedQuizPage } = await loadQuiz()
  return c.html(
    renderDocument({
      title: 'Role Spectrum quiz',
      description: `A skills self-assessment for machine learning roles (${quizMinutes}).`,
      noindex: true,
      htmlAttrs: themeAttributes(q.data),
      stylesheets: accentStylesheet(q.data),
      body: embedQuizPage(),
      scripts: ['embedQuiz'],
      data: { quiz: quizPageData, embed: embedSettings(q.data) },
    }),
  )
})

embed.get('/r/:id', async (c) => {
  const q = { data: parseEmbedQuery(c.req.query()) }
  const record = await findResult(c, c.req.param('id'))
  const url = new URL(`/r/${record.id}`, c.req.url).href
  const { result } = record
  return c.html(
    renderDocument({
      title: `${isPlaced(result) ? headline(result) : result.roles[0]!.name} · Role Spectrum`,
      description: isPlaced(result) ? `${certaintyLine(result)}. ${result.spectrum.label}.` : result.spectrum.label,
      noindex: true,
      htmlAttrs: themeAttributes(q.data),
      stylesheets: accentStylesheet(q.data),
      body: <EmbedCard result={result} areaNames={areaNames} url={url} displayName={record.name} />,
      scripts: ['embedCard'],
      data: { embed: embedSettings(q.data) },
    }),
  )
})

embed.route('/compare', compareEmbed)

/** An embed's accent colour (see accentStylesheet); the same URL always gives the same CSS. */
embed.get('/accent.css', (c) => {
  const { accent } = parseEmbedQuery(c.req.query())
  if (!accent) return c.notFound()
  return c.body(accentCss(accent), 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=86400' })
})
