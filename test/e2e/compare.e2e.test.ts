import assert from 'node:assert/strict'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { launch } from './browser.ts'
import { answersOf, DATA_SCIENTIST, ML_ENGINEER } from './people.ts'
import { startServer, type DevServer } from './server.ts'

const SHOTS = process.env.SCREENSHOT_DIR ?? 'test/e2e/artifacts'
const require = createRequire(import.meta.url)
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

let server: DevServer
let browser: Browser
let ada: string
let ben: string

async function created(who: string, name: string): Promise<{ id: string; deleteUrl: string }> {
  const quiz = (await (await fetch(`${server.url}/api/quiz`)).json()) as { questions: { id: string }[] }
  const res = await fetch(`${server.url}/api/results`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ answers: answersOf(who, quiz.questions), name }),
  })
  return (await res.json()) as { id: string; deleteUrl: string }
}

const create = async (who: string, name: string): Promise<string> => (await created(who, name)).id

before(async () => {
  server = await startServer()
  browser = await launch()
  mkdirSync(SHOTS, { recursive: true })
  ada = await create(ML_ENGINEER, 'Ada')
  ben = await create(DATA_SCIENTIST, 'Ben')
})
after(async () => {
  await browser?.close()
  await server?.stop()
})

/** Pastes a link into a result page's "Compare with…" and sends the form. */
async function compareFrom(page: Page, resultId: string, link: string) {
  await page.goto(`${server.url}/r/${resultId}`)
  // From quiz version 3 the section is folded: a person opens it first.
  await page.locator('summary', { hasText: 'Compare with…' }).click()
  await page.getByLabel('Link to another person’s result').fill(link)
  await page.getByRole('button', { name: 'Compare', exact: true }).click()
}

/** What shows that both results are on the page: both names in the heading, one chart with a bar of each per area. */
async function seesBoth(page: Page) {
  await page.waitForURL(`${server.url}/compare/${ada}/${ben}`)
  const heading = await page.getByRole('heading', { level: 1 }).innerText()
  assert.match(heading, /Ada\s+and\s+Ben/)
  const chart = page.getByRole('list', { name: 'Scores by area, out of 100' })
  assert.equal(await chart.count(), 1)
  assert.ok(await chart.isVisible())
  assert.equal(await chart.locator('.pair-fill-A').count(), 5)
  assert.equal(await chart.locator('.pair-fill-B').count(), 5)
  assert.equal(await page.locator('.pair-spectrum .pair-mark').count(), 2)
  // The hatched series is drawn: its pattern fills the bar with the second colour.
  const fill = await chart
    .locator('.pair-fill-B')
    .first()
    .evaluate((el) => getComputedStyle(el).fill)
  assert.match(fill, /url\(.*#pair-hatch.*\)/)
}

describe('comparing two results', () => {
  it('goes from a result page’s “Compare with…” to a page with both names and the chart', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await ctx.newPage()
    const errors: string[] = []
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
    await compareFrom(page, ada, `${server.url}/r/${ben}/`)
    await seesBoth(page)
    assert.deepEqual(errors, [])
    await ctx.close()
  })

  it('works with JavaScript switched off, from a bare id, and names a bad link', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 720 } })
    const page = await ctx.newPage()
    await compareFrom(page, ada, `  ${ben} `)
    await seesBoth(page)
    await compareFrom(page, ada, 'https://example.com/quiz')
    await page.getByRole('heading', { name: 'That is not a Role Spectrum result link' }).waitFor()
    // The page offers the form again.
    await page.getByLabel('Link to another person’s result').fill(`/r/${ben}?utm_source=chat`)
    await page.getByRole('button', { name: 'Compare', exact: true }).click()
    await seesBoth(page)
    await ctx.close()
  })

  it('never puts a pasted private link into a URL: the browser posts it', async () => {
    const other = await created(DATA_SCIENTIST, 'Ben')
    const token = new URL(other.deleteUrl, server.url).searchParams.get('token')!
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await ctx.newPage()
    const urls: string[] = []
    page.on('request', (r) => urls.push(r.url()))
    await compareFrom(page, ada, `${server.url}${other.deleteUrl}`)
    await page.waitForURL(`${server.url}/compare/${ada}/${other.id}`)
    assert.ok(urls.length > 0)
    assert.deepEqual(
      urls.filter((u) => u.includes(token)),
      [],
    )
    assert.ok(!(await page.evaluate(() => location.href)).includes(token))
    await ctx.close()
  })

  it('has no serious or critical axe-core violations, in either theme', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const ctx = await browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 } })
      const page = await ctx.newPage()
      await page.goto(`${server.url}/compare/${ada}/${ben}`)
      await page.evaluate(AXE)
      const violations = (await page.evaluate(() =>
        (window as unknown as { axe: { run: (d: Document, o: unknown) => Promise<{ violations: unknown[] }> } }).axe
          .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
          .then((r) => r.violations),
      )) as { id: string; impact: string | null; nodes: { target: string[] }[] }[]
      const bad = violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
      assert.deepEqual(bad, [], scheme)
      await ctx.close()
    }
  })

  it('fits a phone without scrolling sideways, and writes screenshots of the page, its embed and its card', async () => {
    for (const [size, viewport] of [
      ['phone', { width: 375, height: 720 }],
      ['desktop', { width: 1280, height: 900 }],
    ] as const)
      for (const scheme of ['light', 'dark'] as const) {
        const ctx = await browser.newContext({ viewport, colorScheme: scheme })
        const page = await ctx.newPage()
        await page.goto(`${server.url}/compare/${ada}/${ben}`)
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
        assert.ok(overflow <= 0, `${size} ${scheme}: ${overflow} px wider than the screen`)
        await page.screenshot({ path: `${SHOTS}/compare-${size}-${scheme}.png` })
        await page.screenshot({ path: `${SHOTS}/compare-full-${size}-${scheme}.png`, fullPage: true })
        await page.goto(`${server.url}/embed/compare/${ada}/${ben}`)
        await page.screenshot({ path: `${SHOTS}/compare-embed-${size}-${scheme}.png`, fullPage: true })
        await ctx.close()
      }
    const png = await fetch(`${server.url}/compare/${ada}/${ben}/image.png`)
    assert.equal(png.headers.get('content-type'), 'image/png')
    writeFileSync(`${SHOTS}/compare-card.png`, new Uint8Array(await png.arrayBuffer()))
  })
})
