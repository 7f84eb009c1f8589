import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { launch } from './browser.ts'
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

const DATA_SCIENTIST = '3323231310111011000033111'
const SOFTWARE_ENGINEER = '0011001000333320020311111'
const ML_ENGINEER = [1, 2, 1, 2, 1, 3, 2, 3, 1, 0, 3, 2, 2, 2, 2, 3, 3, 2, 1, 2, 2, 2, 1, 1, 1]

async function resultOf(digits: string): Promise<string> {
  const res = await fetch(`${server.url}/api/results`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'cf-connecting-ip': `198.18.77.${digits.length}` },
    body: JSON.stringify({ answers: Object.fromEntries(quiz.questions.map((q, i) => [q.id, Number(digits[i])])) }),
  })
  return ((await res.json()) as { url: string }).url
}

async function joinWithResult(joinUrl: string, resultUrl: string, name: string) {
  const ctx = await browser.newContext()
  const page = await ctx.newPage()
  await page.goto(joinUrl)
  await page.getByLabel('Your result link or id').fill(`${server.url}${resultUrl}`)
  await page.getByLabel('Name the team will see').fill(name)
  await page.getByRole('button', { name: 'Join', exact: true }).click()
  await page.getByText(`Welcome, ${name}`).waitFor()
  await ctx.close()
}

async function joinByTakingTheQuiz(joinUrl: string, name: string) {
  const ctx = await browser.newContext()
  const page = await ctx.newPage()
  await page.goto(joinUrl)
  await page.getByRole('link', { name: 'Take the quiz, then join' }).click()
  await page.locator('form.quiz[data-ready]').waitFor()
  for (let i = 0; i < ML_ENGINEER.length; i++) {
    await page.getByText(`Question ${i + 1} of`).waitFor()
    await page.locator('label.option').nth(ML_ENGINEER[i]!).click()
    await page.getByRole('button', { name: 'Next' }).click()
  }
  await page.getByRole('button', { name: 'See my result' }).click()
  await page.waitForURL(/\/r\/[A-Za-z0-9_-]{22}$/)
  await page.getByRole('heading', { name: 'Join your team' }).waitFor()
  await page.getByLabel('Name the team will see').fill(name)
  await page.getByRole('button', { name: 'Join the team' }).click()
  await page.getByText(`Welcome, ${name}`).waitFor()
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
    await joinByTakingTheQuiz(joinUrl, 'Max')

    const member = await browser.newContext()
    const view = await member.newPage()
    await view.goto(joinUrl)
    const rows = await view.locator('table.members tbody th').allInnerTexts()
    assert.deepEqual([...rows].sort(), ['Dana', 'Max', 'Sam'])
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
