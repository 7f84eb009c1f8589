// `npm run screenshots`: every page at phone and desktop sizes in both themes, and the social
// card, written to test/e2e/artifacts (or SCREENSHOT_DIR) for a person to look at; a chosen set is
// kept in docs/screenshots/. Starts its own wrangler dev with empty storage, like the browser tests.
import { mkdirSync, writeFileSync } from 'node:fs'
import { launch } from '../test/e2e/browser.ts'
import { answersOf, beginner, CLOSE_CALL, ML_ENGINEER as MLE } from '../test/e2e/people.ts'
import { answerAdaptive } from '../test/e2e/quiz-steps.ts'
import { startServer } from '../test/e2e/server.ts'

const SHOTS = process.env.SCREENSHOT_DIR ?? 'test/e2e/artifacts'
mkdirSync(SHOTS, { recursive: true })

const server = await startServer()
const browser = await launch()
try {
  const quiz = (await (await fetch(`${server.url}/api/quiz`)).json()) as { questions: { id: string; area: string }[] }
  const created = async (answers: Record<string, number>, name?: string): Promise<string> => {
    const res = await fetch(`${server.url}/api/results`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answers, ...(name ? { name } : {}) }),
    })
    if (res.status !== 201) throw new Error(`POST /api/results: ${res.status} ${await res.text()}`)
    return ((await res.json()) as { url: string }).url
  }
  const mle = answersOf(MLE, quiz.questions)
  const url = await created(mle)
  const close = await created(answersOf(CLOSE_CALL, quiz.questions))
  const paths = await created(beginner(quiz.questions))
  for (const [size, viewport] of [
    ['phone', { width: 375, height: 667 }],
    ['desktop', { width: 1280, height: 860 }],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      const ctx = await browser.newContext({ viewport, colorScheme: scheme })
      const page = await ctx.newPage()
      const shot = (name: string, fullPage = false) =>
        page.screenshot({ path: `${SHOTS}/${name}-${size}-${scheme}.png`, fullPage })
      await page.goto(`${server.url}/`)
      await shot('landing')
      await page.goto(`${server.url}/quiz`)
      await page.locator('label.option').nth(3).click()
      await shot('quiz')
      await page.goto(`${server.url}${url}`)
      await shot('result')
      await shot('result-full', true)
      await page.goto(`${server.url}${close}`)
      await shot('result-close')
      await page.goto(`${server.url}${paths}`)
      await shot('result-paths', true)
      await page.goto(`${server.url}/r/AAAAAAAAAAAAAAAAAAAAAA`)
      await shot('404')
      await page.goto(`${server.url}/embed/r/${url.split('/r/')[1]}`)
      await shot('embed-card', true)
      await page.goto(`${server.url}/quiz`)
      await page.locator('form.quiz[data-ready]').waitFor()
      await answerAdaptive(page, (id) => mle[id]!)
      await page.getByText(/enough to place you/).waitFor()
      await shot('quiz-finish')
      await ctx.close()
    }
  }
  // The social card, as it looks shared by someone who gave a name.
  const named = await created(mle, 'Ada')
  writeFileSync(`${SHOTS}/card.png`, new Uint8Array(await (await fetch(`${server.url}${named}/image.png`)).arrayBuffer()))
  console.log(`screenshots written to ${SHOTS}`)
} finally {
  await browser.close()
  await server.stop()
}
