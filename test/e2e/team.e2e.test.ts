import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { launch } from './browser.ts'
import { answersInOrder, answersOf } from './people.ts'
import { answerAdaptive } from './quiz-steps.ts'
import { startServer, type DevServer } from './server.ts'

let server: DevServer
let browser: Browser
let quiz: { questions: { id: string }[] }

before(async () => {
  server = await startServer()
  browser = await launch()
  quiz = (await (await fetch(`${server.url}/api/quiz`)).json()) as typeof quiz
})
after(async () => {
  await browser?.close()
  await server?.stop()
})

// Typical people written blind from the source articles (test/fixtures/typical-people.json).
const DATA_SCIENTIST = 'ds-mid-airline-operations-research'
const SOFTWARE_ENGINEER = 'swe-mid-fintech-payments'
const ML_ENGINEER = 'hard-ds-turned-mle'

/** Creates a result through the API from a typical person's id or a string of one digit per question; returns its private link. */
async function resultOf(who: string): Promise<string> {
  const levels = /^\d+$/.test(who) ? [...who].map(Number) : answersInOrder(who, quiz.questions)
  const res = await fetch(`${server.url}/api/results`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'cf-connecting-ip': `198.18.77.${levels.length}` },
    body: JSON.stringify({ answers: Object.fromEntries(quiz.questions.map((q, i) => [q.id, levels[i] ?? 2])) }),
  })
  return ((await res.json()) as { deleteUrl: string }).deleteUrl
}

async function joinWithResult(joinUrl: string, privateLink: string, name: string) {
  const ctx = await browser.newContext()
  const page = await ctx.newPage()
  await page.goto(joinUrl)
  await page.getByLabel('Your result’s private link').fill(`${server.url}${privateLink}`)
  await page.getByLabel('Name the team will see').fill(name)
  await page.getByRole('button', { name: 'Join', exact: true }).click()
  await page.getByText(`Welcome, ${name}`).waitFor()
  await ctx.close()
}

/** Whether the element's top is within the first screen of the page as it is scrolled now. */
const inView = (page: Page, selector: string) =>
  page.locator(selector).evaluate((e) => {
    const box = e.getBoundingClientRect()
    return box.top >= -1 && box.bottom <= window.innerHeight + 1
  })

async function joinByTakingTheQuiz(joinUrl: string, name: string, team: string) {
  const ctx = await browser.newContext({ viewport: { width: 375, height: 800 } })
  const page = await ctx.newPage()
  await page.goto(joinUrl)
  await page.getByRole('link', { name: 'Take the quiz, then join' }).click()
  await page.locator('form.quiz[data-ready]').waitFor()
  // The quiz names the team it leads to.
  await page.getByText(`You are joining ${team}`).waitFor()
  const answers = answersOf(ML_ENGINEER, quiz.questions)
  await answerAdaptive(page, (id) => answers[id]!)
  await page.getByRole('button', { name: 'See my result' }).click()
  await page.waitForURL(/\/r\/[A-Za-z0-9_-]{22}$/)
  // "Join {team}" comes first, right under the headline, on a phone's first two screens.
  const title = page.getByRole('heading', { name: `Join ${team}` })
  await title.waitFor()
  const top = await title.evaluate((e) => e.getBoundingClientRect().top + window.scrollY)
  assert.ok(top < 1600, `the join card starts ${top} px down`)
  await page.getByLabel('Name the team will see').fill(name)
  await page.getByRole('button', { name: `Join ${team}` }).click()
  await page.getByText(`Welcome, ${name}`).waitFor()
  assert.ok(
    await inView(page, '#welcome'),
    `the welcome is in view after joining (${page.url()}, ${await page.locator('#welcome').evaluate((e) => JSON.stringify([e.getBoundingClientRect(), window.scrollY, window.innerHeight]))})`,
  )
  // The member's own device can leave again; it is offered on their row only.
  assert.equal(await page.getByRole('button', { name: 'Leave' }).count(), 1)
  await ctx.close()
}

const nextHire = async (page: Page) => (await page.locator('#hire-title').innerText()).replace('Next hire: ', '')

describe('a team map', () => {
  it('is created by a lead, joined by three people in their own browsers, and recommends a hire', async () => {
    const lead = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await lead.newPage()
    await page.goto(`${server.url}/`)
    await page.getByLabel('Team name').fill('Search ranking')
    await page.getByText('Mature product, batch predictions').click()
    await page.getByRole('button', { name: 'Create the team map' }).click()
    await page.getByRole('heading', { name: 'Your team is ready' }).waitFor()
    const joinUrl = await page.getByLabel('Join link').inputValue()
    const adminUrl = await page.getByLabel('Admin link (private)').inputValue()
    assert.match(joinUrl, /\/t\/[A-Za-z0-9_-]{22}$/)
    assert.match(adminUrl, /\/admin\?token=[A-Za-z0-9_-]{22}$/)

    await joinWithResult(joinUrl, await resultOf(DATA_SCIENTIST), 'Dana')
    await joinWithResult(joinUrl, await resultOf(SOFTWARE_ENGINEER), 'Sam')
    await joinByTakingTheQuiz(joinUrl, 'Max', 'Search ranking')

    const member = await browser.newContext()
    const view = await member.newPage()
    await view.goto(joinUrl)
    const rows = await view.locator('table.members tbody th').allInnerTexts()
    assert.deepEqual([...rows].sort(), ['Dana', 'Max', 'Sam'])
    // Members' closest roles read on the result page's scale, not the old fit; a member whose
    // adaptive quiz skipped skills is told apart (the map counts only what they were asked).
    for (const cell of await view.locator('table.members tbody td:nth-of-type(1)').allInnerTexts())
      assert.match(cell, /\(\d+% match\)( · \d+ skills? not asked, not counted)?$/)
    assert.equal(await nextHire(view), 'Applied scientist')
    assert.match(await view.locator('.next-hire').innerText(), /applied scientist/)
    assert.equal(await view.getByRole('button', { name: /Remove/ }).count(), 0, 'members see no admin controls')
    await view.screenshot({ path: 'test/e2e/artifacts/team-desktop-light.png', fullPage: true })
    await member.close()

    // The lead tries another setting, sees the recommendation change, and saves it.
    await page.goto(adminUrl)
    await page.selectOption('#what-if', 'horizontal')
    await page.getByRole('button', { name: 'Show' }).click()
    await page.waitForURL(/setting=horizontal/)
    assert.equal(await nextHire(page), 'Product manager')
    await page.getByRole('button', { name: /Save “Horizontal ML team”/ }).click()
    await page.getByText('Setting saved.').waitFor()
    const saved = (await (await fetch(`${server.url}/api/teams/${joinUrl.split('/t/')[1]}`)).json()) as { setting: string }
    assert.equal(saved.setting, 'horizontal')

    // And removes a member.
    await page.getByRole('button', { name: 'Remove Sam' }).click()
    await page.getByText('Sam was removed from the team.').waitFor()
    assert.deepEqual((await page.locator('table.members tbody th').allInnerTexts()).sort(), ['Dana', 'Max'])
    await lead.close()
  })
})

describe('a team under unwanted joins', () => {
  it('lets the lead remove many members at once and replace the join link; members join again by the new link', async () => {
    const created = (await (
      await fetch(`${server.url}/api/teams`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Flooded', setting: 'low-batch' }),
      })
    ).json()) as { id: string; adminUrl: string }
    const oldJoinUrl = `${server.url}/t/${created.id}`
    for (const [i, name] of ['Keep', 'Spam 1', 'Spam 2', 'Spam 3'].entries()) {
      const link = await resultOf(String(i).repeat(quiz.questions.length))
      const token = new URL(link, server.url).searchParams.get('token')
      const res = await fetch(`${server.url}/api/teams/${created.id}/members`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'cf-connecting-ip': `198.18.78.${i + 1}` },
        body: JSON.stringify({ resultId: link.split('/')[2], token, name }),
      })
      assert.equal(res.status, 201)
    }

    const lead = await browser.newContext()
    const page = await lead.newPage()
    await page.goto(`${server.url}${created.adminUrl}`)
    await page.getByLabel('Select every member').check()
    await page.getByLabel('Select Keep').uncheck()
    await page.getByRole('button', { name: 'Remove selected' }).click()
    await page.getByText('3 members were removed from the team.').waitFor()
    assert.deepEqual(await page.locator('table.members tbody th').allInnerTexts(), ['Keep'])

    await page.getByRole('button', { name: 'Replace the join link' }).click()
    await page.getByText('The join link was replaced').waitFor()
    const newJoinUrl = await page.getByLabel('Join link').inputValue()
    assert.match(newJoinUrl, new RegExp(`/t/${created.id}\\?key=[A-Za-z0-9_-]{22}$`))
    await lead.close()

    const stranger = await browser.newContext()
    const old = await stranger.newPage()
    const res = await old.goto(oldJoinUrl)
    assert.equal(res?.status(), 403)
    await old.getByText('This join link has been replaced').waitFor()
    await stranger.close()

    // By the new link, through the quiz: the key travels with the person to the result page.
    const ctx = await browser.newContext()
    const p = await ctx.newPage()
    await p.goto(newJoinUrl)
    await p.getByRole('link', { name: 'Take the quiz, then join' }).click()
    await p.locator('form.quiz[data-ready]').waitFor()
    await answerAdaptive(p, () => 2)
    await p.getByRole('button', { name: 'See my result' }).click()
    await p.waitForURL(/\/r\/[A-Za-z0-9_-]{22}$/)
    await p.getByLabel('Name the team will see').fill('Newcomer')
    await p.locator('[data-join-team] button[type="submit"]').click()
    await p.getByText('Welcome, Newcomer').waitFor()
    assert.match(p.url(), /\?key=[A-Za-z0-9_-]{22}&joined=/)
    assert.deepEqual((await p.locator('table.members tbody th').allInnerTexts()).sort(), ['Keep', 'Newcomer'])
    await ctx.close()
  })
})
