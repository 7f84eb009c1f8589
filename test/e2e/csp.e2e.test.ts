// The pages under the strict style policy (no 'unsafe-inline'), in Chromium: no page may
// trip the CSP, positions set by classes must land where inline styles used to put them, the
// embed accent must apply without JavaScript, and the result page and the embed card are
// photographed for a look (test/e2e/artifacts/csp-*.png).
import assert from 'node:assert/strict'
import { mkdirSync } from 'node:fs'
import { after, before, describe, it } from 'node:test'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launch } from './browser.ts'
import { startServer, type DevServer } from './server.ts'

const ARTIFACTS = 'test/e2e/artifacts'
const ACCENT = '#0f766e'

let server: DevServer
let browser: Browser
let resultUrl: string
let team: { joinUrl: string; adminUrl: string }

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true })
  server = await startServer()
  browser = await launch()
  const quiz = (await (await fetch(`${server.url}/api/quiz`)).json()) as { questions: { id: string }[] }
  const send = (path: string, body: unknown) =>
    fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  const post = async (path: string, body: unknown) => {
    const res = await send(path, body)
    assert.equal(res.status, 201, `${path}: ${await res.clone().text()}`)
    return res.json() as Promise<Record<string, string>>
  }
  const answers = Object.fromEntries(quiz.questions.map((q, i) => [q.id, [1, 2, 3][i % 3]!]))
  const made = await post('/api/results', { answers, name: 'Ada' })
  resultUrl = made.url!
  const created = await post('/api/teams', { name: 'Search ranking', setting: 'high-batch' })
  team = { joinUrl: created.joinUrl!, adminUrl: created.adminUrl! }
  // A member on the map, joined with the result's private token (as the join API asks for it).
  const member = { resultId: made.id, token: new URL(made.deleteUrl!, server.url).searchParams.get('token'), name: 'Ada' }
  let joined = await send(`/api/teams/${created.id}/members`, member)
  if (joined.status === 400)
    joined = await send(`/api/teams/${created.id}/members`, { resultId: member.resultId, name: member.name })
  assert.equal(joined.status, 201, await joined.text())
})

after(async () => {
  await browser?.close()
  await server?.stop()
})

/** A page that records every CSP violation (the event, and Chromium's console report) and every error. */
async function watched(ctx: BrowserContext): Promise<{ page: Page; problems: string[] }> {
  const page = await ctx.newPage()
  const problems: string[] = []
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`securitypolicyviolation: ${e.violatedDirective} ${e.blockedURI} ${e.sample}`)
    })
  })
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy|Refused to/i.test(m.text())) problems.push(`${page.url()}: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`))
  return { page, problems }
}

const PAGES = () => [
  '/',
  '/quiz',
  '/quiz/all',
  '/quiz/step',
  resultUrl,
  `/embed/quiz?accent=${encodeURIComponent(ACCENT)}&theme=light`,
  `/embed/r/${resultUrl.split('/').pop()}?accent=${encodeURIComponent(ACCENT)}`,
  team.joinUrl,
  team.adminUrl,
]

describe('the style policy without unsafe-inline', () => {
  it('is in force: a style attribute set by a script is refused and reported', async () => {
    const ctx = await browser.newContext()
    const { page, problems } = await watched(ctx)
    await page.goto(`${server.url}/`)
    await page.evaluate(() => document.body.setAttribute('style', 'outline: 1px solid red'))
    await page.waitForTimeout(200)
    assert.ok(
      problems.some((p) => /style-src/.test(p)),
      `the control violation was not seen: ${problems.join('\n')}`,
    )
    await ctx.close()
  })

  for (const javaScriptEnabled of [true, false])
    it(`is never violated on the landing, quiz, result, embed and team pages (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const ctx = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 900 } })
      const { page, problems } = await watched(ctx)
      for (const path of PAGES()) {
        const res = await page.goto(`${server.url}${path}`)
        assert.equal(res?.status(), 200, path)
        await page.waitForLoadState('networkidle')
      }
      if (javaScriptEnabled) {
        // The quiz's progress bar moves by class as questions are answered.
        await page.goto(`${server.url}/quiz`)
        await page.locator('form.quiz[data-ready]').waitFor()
        await page.locator('label.option').nth(2).click()
        await page.getByRole('button', { name: 'Next' }).click()
        await page.waitForTimeout(400)
        const fill = await page
          .locator('.progress-fill')
          .evaluate((e) => e.getBoundingClientRect().width / e.parentElement!.getBoundingClientRect().width)
        const total = await page.locator('.progress-bar').getAttribute('aria-valuemax')
        assert.ok(Math.abs(fill - 1 / Number(total)) < 0.01, `progress fill at ${fill}`)
      }
      assert.deepEqual(problems, [])
      await ctx.close()
    })

  it('keeps the spectrum labels where they belong, and the embed accent, without JavaScript', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } })
    const page = await ctx.newPage()
    await page.goto(`${server.url}${resultUrl}`)
    // Each label sits at its tick: the first starts there, the last ends there, the others are centred on it.
    const offsets = await page
      .locator('.spectrum')
      .first()
      .evaluate((fig) => {
        const box = fig.querySelector('.spectrum-labels')!.getBoundingClientRect()
        const ticks = [...fig.querySelectorAll('.spectrum-tick')].map((t) => t.getBoundingClientRect().x - box.x)
        return [...fig.querySelectorAll('.spectrum-anchor')].map((a, i, all) => {
          const r = a.getBoundingClientRect()
          const at = i === 0 ? r.left : i === all.length - 1 ? r.right : (r.left + r.right) / 2
          return Math.abs(at - box.x - ticks[i]!)
        })
      })
    assert.ok(offsets.length >= 2 && offsets.every((d) => d < 3), `labels off their ticks by ${offsets.join(', ')} px`)
    await page.screenshot({ path: `${ARTIFACTS}/csp-result-desktop.png`, fullPage: true })

    const card = await ctx.newPage()
    await card.setViewportSize({ width: 600, height: 460 })
    await card.goto(`${server.url}/embed/r/${resultUrl.split('/').pop()}?accent=${encodeURIComponent(ACCENT)}`)
    const accent = await card.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim())
    assert.equal(accent, ACCENT)
    await card.screenshot({ path: `${ARTIFACTS}/csp-embed-card.png`, fullPage: true })
    await ctx.close()
  })
})
