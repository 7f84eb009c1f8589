import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { after, before, describe, it } from 'node:test'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { launch } from './browser.ts'
import { adaptivePath } from './quiz-steps.ts'
import { answersOf, beginner, CLOSE_CALL, ML_ENGINEER as MLE } from './people.ts'
import { startServer, type DevServer } from './server.ts'

const require = createRequire(import.meta.url)
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

let server: DevServer
let browser: Browser
let resultId: string
let teamId: string
let teamAdminUrl: string
let quiz: { version: number; questions: { id: string; area: string }[] }
/** Results that show a close call and paths to explore instead of a verdict. */
let closeId: string
let pathsId: string

before(async () => {
  server = await startServer()
  browser = await launch()
  quiz = (await (await fetch(`${server.url}/api/quiz`)).json()) as typeof quiz
  const res = await fetch(`${server.url}/api/results`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ answers: answersOf(MLE, quiz.questions) }),
  })
  const created = (await res.json()) as { id: string; deleteUrl: string }
  resultId = created.id
  const idOf = async (answers: Record<string, number>) =>
    (
      (await (
        await fetch(`${server.url}/api/results`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ answers }),
        })
      ).json()) as { id: string }
    ).id
  closeId = await idOf(answersOf(CLOSE_CALL, quiz.questions))
  pathsId = await idOf(beginner(quiz.questions))
  const team = await fetch(`${server.url}/api/teams`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Checkout', setting: 'low-online' }),
  })
  ;({ id: teamId, adminUrl: teamAdminUrl } = (await team.json()) as { id: string; adminUrl: string })
  await fetch(`${server.url}/api/teams/${teamId}/members`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ resultId, token: new URL(created.deleteUrl, server.url).searchParams.get('token'), name: 'Max' }),
  })
})

after(async () => {
  await browser?.close()
  await server?.stop()
})

interface Violation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

/** Runs axe-core (WCAG 2.1 A and AA rules) in the page; returns the serious and critical violations. */
async function axe(page: Page): Promise<string[]> {
  await page.evaluate(AXE)
  const violations = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (ctx: Document, o: unknown) => Promise<{ violations: unknown[] }> } }).axe
      .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
      .then((r) => r.violations),
  )) as Violation[]
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

/** Puts saved quiz progress in place, as a person who left at `step` would have it, and opens the quiz. */
async function seedProgress(page: Page, last: 'question' | 'finish'): Promise<number> {
  await page.goto(`${server.url}/api/quiz`)
  const all = answersOf(MLE, quiz.questions)
  const path = await adaptivePath(server.url, all)
  const answers = Object.fromEntries(path.map((id) => [id, all[id]!]))
  const step = last === 'finish' ? path.length : path.length - 1
  await page.evaluate(({ key, value }) => localStorage.setItem(key, value), {
    key: `role-spectrum:quiz:v${quiz.version}`,
    value: JSON.stringify({ answers, path, step }),
  })
  await openQuiz(page)
  return path.length
}

/** Opens the quiz and waits until it has hydrated and restored saved progress. */
async function openQuiz(page: Page) {
  await page.goto(`${server.url}/quiz`)
  await page.locator('form.quiz[data-ready]').waitFor()
}

const pages: [string, (page: Page) => Promise<void>][] = [
  ['landing', async (p) => void (await p.goto(`${server.url}/`))],
  ['quiz, first question', async (p) => void (await p.goto(`${server.url}/quiz`))],
  [
    'quiz, last question',
    async (p) => {
      const length = await seedProgress(p, 'question')
      await p.getByText(`Question ${length} ·`).waitFor()
    },
  ],
  [
    'quiz, finish step',
    async (p) => {
      await seedProgress(p, 'finish')
      await p.getByText(/enough to place you/).waitFor()
    },
  ],
  ['quiz without JavaScript (one page)', async (p) => void (await p.goto(`${server.url}/quiz/all`))],
  ['quiz without JavaScript (one question per page)', async (p) => void (await p.goto(`${server.url}/quiz/step?q=x`))],
  ['result', async (p) => void (await p.goto(`${server.url}/r/${resultId}`))],
  ['result with a close call', async (p) => void (await p.goto(`${server.url}/r/${closeId}`))],
  ['result with paths instead of a verdict', async (p) => void (await p.goto(`${server.url}/r/${pathsId}`))],
  ['404', async (p) => void (await p.goto(`${server.url}/r/AAAAAAAAAAAAAAAAAAAAAA`))],
  ['team map', async (p) => void (await p.goto(`${server.url}/t/${teamId}`))],
  ['team admin', async (p) => void (await p.goto(`${server.url}${teamAdminUrl}`))],
  ['embedded quiz', async (p) => void (await p.goto(`${server.url}/embed/quiz`))],
  ['embedded result card', async (p) => void (await p.goto(`${server.url}/embed/r/${resultId}`))],
]

describe('axe-core finds no serious or critical violations', () => {
  for (const scheme of ['light', 'dark'] as const)
    for (const [name, open] of pages)
      it(`on the ${name} page, ${scheme} theme`, async () => {
        const ctx = await browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 } })
        const page = await ctx.newPage()
        await open(page)
        assert.deepEqual(await axe(page), [])
        await ctx.close()
      })
})

const noSideScroll = async (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)

describe('small screens and zoom', () => {
  for (const [label, options] of [
    ['320 px wide', { viewport: { width: 320, height: 640 } }],
    ['200 % zoom of a 1280 px window', { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 }],
  ] as [string, BrowserContextOptions][])
    it(`has no horizontal scrolling at ${label}`, async () => {
      const ctx = await browser.newContext(options)
      const page = await ctx.newPage()
      for (const [name, open] of pages) {
        await open(page)
        assert.ok((await noSideScroll(page)) <= 0, `${name} scrolls sideways at ${label}`)
      }
      await ctx.close()
    })
})

describe('the quiz as a person meets it', () => {
  it('gives every option a touch target of at least 44 px and shows a focus ring', async () => {
    const ctx = await browser.newContext({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true })
    const page = await ctx.newPage()
    await page.goto(`${server.url}/quiz`)
    for (const box of await page
      .locator('label.option, .nav .button')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height)))
      assert.ok(box >= 44, `a target is only ${box}px tall`)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement
      const label = el.closest('label') ?? el
      return getComputedStyle(label).outlineStyle
    })
    assert.equal(outline, 'solid')
    await ctx.close()
  })

  it('gives the share links and the compare page’s links to each result a touch target of at least 44 px', async () => {
    const ctx = await browser.newContext({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true })
    const page = await ctx.newPage()
    const sizes = (selector: string) =>
      page
        .locator(selector)
        .evaluateAll((els) => els.map((e) => [e.textContent, e.getBoundingClientRect().width, e.getBoundingClientRect().height]))
    await page.goto(`${server.url}/r/${resultId}`)
    await page.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true
    })
    const share = await sizes('.share-links a')
    assert.ok(share.length >= 3)
    for (const [text, w, h] of share) assert.ok(Number(w) >= 44 && Number(h) >= 44, `${text}: ${w}×${h}`)
    await page.goto(`${server.url}/compare/${resultId}/${closeId}`)
    const full = await sizes('.pair-roles > a')
    assert.equal(full.length, 2)
    for (const [text, , h] of full) assert.ok(Number(h) >= 44, `${text}: ${h} px tall`)
    await ctx.close()
  })

  it('does not shift the layout when an answer is chosen', async () => {
    const ctx = await browser.newContext()
    const page = await ctx.newPage()
    await page.goto(`${server.url}/quiz`)
    await page.evaluate(() => {
      ;(window as unknown as { shift: number }).shift = 0
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
          (window as unknown as { shift: number }).shift += e.value
      }).observe({ type: 'layout-shift', buffered: false })
    })
    await page.locator('label.option').nth(3).click()
    await page.waitForTimeout(300)
    assert.equal(await page.evaluate(() => (window as unknown as { shift: number }).shift), 0)
    await ctx.close()
  })

  it('turns keyboard shortcuts off and keeps them off', async () => {
    const ctx = await browser.newContext()
    const page = await ctx.newPage()
    await openQuiz(page)
    await page.keyboard.press('3')
    assert.equal(await page.locator('input[type=radio]:checked').getAttribute('value'), '2')
    await page.getByRole('button', { name: 'Turn shortcuts off' }).click()
    await openQuiz(page)
    await page.getByText('Keyboard shortcuts are off.').waitFor()
    await page.locator('body').press('5')
    assert.equal(await page.locator('input[type=radio]:checked').getAttribute('value'), '2')
    await ctx.close()
  })

  it('respects reduced motion', async () => {
    const ctx = await browser.newContext({ reducedMotion: 'reduce' })
    const page = await ctx.newPage()
    await page.goto(`${server.url}/quiz`)
    const duration = await page.locator('.progress-fill').evaluate((e) => getComputedStyle(e).transitionDuration)
    assert.equal(duration, '0s')
    await ctx.close()
  })

  it('describes the chart and the spectrum marker in words', async () => {
    const ctx = await browser.newContext()
    const page = await ctx.newPage()
    await page.goto(`${server.url}/r/${resultId}`)
    await page.locator('#areas-title').click()
    const list = await page.getByRole('list', { name: 'Scores by area, out of 100' }).innerText()
    for (const area of ['Statistics', 'Machine learning', 'Software engineering', 'infrastructure', 'Communication'])
      assert.ok(list.includes(area), `${area} missing from the score list`)
    const caption = await page.locator('figure.spectrum figcaption').innerText()
    assert.match(caption, /Skill mix: .*ML engineer/)
    await ctx.close()
  })
})
