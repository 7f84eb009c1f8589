import assert from 'node:assert/strict'
import { mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { launch } from './browser.ts'
import { takerRows } from './norms-db.ts'
import { answersInOrder, answersOf, ML_ENGINEER } from './people.ts'
import { answerAdaptive } from './quiz-steps.ts'
import { startServer, type DevServer } from './server.ts'

const SHOTS = process.env.SCREENSHOT_DIR ?? 'test/e2e/artifacts'
mkdirSync(SHOTS, { recursive: true })
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

let server: DevServer
let browser: Browser
let quiz: { questions: { id: string; area: string }[] }

before(async () => {
  server = await startServer()
  browser = await launch()
  quiz = (await (await fetch(`${server.url}/api/quiz`)).json()) as typeof quiz
})

after(async () => {
  await browser?.close()
  await server?.stop()
})

const SIZES = { desktop: { width: 1280, height: 900 }, phone: { width: 375, height: 740 } } as const

/** Waits for the rows written after the responses (ctx.waitUntil) to reach D1. */
async function rowsWhen(ok: (rows: Record<string, unknown>[]) => boolean): Promise<Record<string, unknown>[]> {
  const deadline = Date.now() + 10_000
  for (;;) {
    const rows = takerRows(server.persist)
    if (ok(rows) || Date.now() > deadline) return rows
    await new Promise((r) => setTimeout(r, 200))
  }
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE)
  const violations = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (ctx: Document, o: unknown) => Promise<{ violations: unknown[] }> } }).axe
      .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
      .then((r) => r.violations),
  )) as { id: string; impact: string | null; nodes: { target: string[] }[] }[]
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

describe('the optional questions of the last step', () => {
  it('go with the answers into the anonymous row, and nowhere else', async () => {
    const page = await browser.newPage({ viewport: SIZES.phone })
    await page.goto(`${server.url}/quiz`)
    await page.locator('form.quiz[data-ready]').waitFor()
    const answers = answersOf(ML_ENGINEER, quiz.questions)
    await answerAdaptive(page, (id) => answers[id]!)
    await page.getByText(/enough to place you/).waitFor()
    await page.getByLabel('What is your current role? (optional)').selectOption({ label: 'Data engineer' })
    await page.getByLabel(/Years of experience/).selectOption({ label: '3–5 years' })
    await page.screenshot({ path: `${SHOTS}/quiz-finish-calibration-phone-light.png`, fullPage: true })
    await page.getByRole('button', { name: 'See my result' }).click()
    await page.waitForURL(/\/r\/[\w-]{22}$/)
    const id = page.url().split('/r/')[1]!

    const rows = await rowsWhen((r) => r.length > 0)
    assert.equal(rows.length, 1)
    const result = (await (await fetch(`${server.url}/api/results/${id}`)).json()) as {
      result: { roles: { id: string; seniority: string }[]; scores: Record<string, number> }
    }
    const row = rows[0]!
    const top = result.result.roles[0]!
    assert.equal(row.current_role, 'data-engineer')
    assert.equal(row.years, '3-5')
    assert.equal(row.top_role, top.id)
    assert.equal(row.seniority, top.seniority)
    assert.equal(row.stats, result.result.scores.stats)
    const text = JSON.stringify(result)
    assert.ok(!text.includes('calibration') && !text.includes('3-5'), 'the API gives the calibration answers back')
    await page.close()
  })
})

/** Nudges a person's answers a little, so that 150 results are not 50 triples. */
const nudged = (levels: number[], seed: number) =>
  levels.map((v, i) => ((i * 7 + seed) % 11 === 0 ? Math.max(0, Math.min(4, v + (seed % 2 ? 1 : -1))) : v))

describe('norms and /stats from 150 takers', () => {
  it('show percentiles on a result page and the figures on /stats (screenshots at 1280 and 375 px)', async () => {
    const people = JSON.parse(readFileSync('test/fixtures/typical-people.json', 'utf8')) as {
      id: string
      role: string
      seniority: string
    }[]
    const years: Record<string, string> = { entry: '1-2', mid: '3-5', senior: '6-10', lead: 'over-10' }
    let last = ''
    for (let k = 0; k < 150; k += 10)
      await Promise.all(
        Array.from({ length: 10 }, async (_, j) => {
          const n = k + j
          const person = people[n % people.length]!
          const levels = nudged(answersInOrder(person.id, quiz.questions), n)
          const res = await fetch(`${server.url}/api/results`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'cf-connecting-ip': `198.18.7.${n + 1}` },
            body: JSON.stringify({
              answers: Object.fromEntries(quiz.questions.map((q, i) => [q.id, levels[i]])),
              // Most say the role they were written as; every fifth says "other".
              calibration: { currentRole: n % 5 === 4 ? 'other' : person.role, years: years[person.seniority] },
            }),
          })
          assert.equal(res.status, 201)
          if (n === 16) last = ((await res.json()) as { id: string }).id
          else await res.body?.cancel()
        }),
      )
    await rowsWhen((r) => r.length >= 151)
    // Run the Cron Trigger now (workerd's local /cdn-cgi/local/scheduled). 151 rows wait; figures count whole
    // steps of five, so they show 150.
    assert.equal((await fetch(`${server.url}/cdn-cgi/local/scheduled?cron=*/15+*+*+*+*`)).status, 200)

    for (const [size, viewport] of Object.entries(SIZES)) {
      const page = await browser.newPage({ viewport })
      await page.goto(`${server.url}/r/${last}`)
      await page.locator('#areas-title').click()
      const norms = page.locator('.norms')
      await norms.waitFor()
      assert.match(await norms.innerText(), /Out of 150 anonymous results/)
      assert.equal(await page.locator('.norms-list li').count(), 5)
      await page
        .locator(':is(section, details):has(#areas-title)')
        .screenshot({ path: `${SHOTS}/result-norms-${size}-light.png` })
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)
      assert.equal(overflow, false, `the result page scrolls sideways at ${size}`)

      await page.goto(`${server.url}/stats`)
      await page.getByRole('heading', { name: 'Where people sit on the spectrum' }).waitFor()
      assert.match(await page.locator('main').innerText(), /150 people have taken version/)
      assert.ok((await page.locator('table.cross').first().locator('tbody tr').count()) > 0)
      await page.screenshot({ path: `${SHOTS}/stats-${size}-light.png`, fullPage: true })
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth), false)
      assert.deepEqual(await seriousViolations(page), [])
      await page.close()
    }
  })
})
