import assert from 'node:assert/strict'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, it } from 'node:test'
import type { Browser, Frame, Page } from 'playwright-core'
import { launch } from './browser.ts'
import { answersOf, BESIDE_SPECTRUM, ML_ENGINEER } from './people.ts'
import { answerAdaptive, currentQuestion } from './quiz-steps.ts'
import { startDemo, startServer, type DevServer } from './server.ts'

let server: DevServer
let demo: { url: string; close: () => void }
let browser: Browser

before(async () => {
  server = await startServer()
  demo = await startDemo(server.url)
  browser = await launch()
  const quiz = (await (await fetch(`${server.url}/api/quiz`)).json()) as { questions: { id: string; prompt: string }[] }
  ANSWERS = answersOf(ML_ENGINEER, quiz.questions)
  BESIDE = answersOf(BESIDE_SPECTRUM, quiz.questions)
  // The adaptive quiz opens with its fixed start, as POST /api/quiz/next says.
  FIRST_PROMPT = (
    (await (
      await fetch(`${server.url}/api/quiz/next`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"answers":{}}',
      })
    ).json()) as { next: { prompt: string } }
  ).next.prompt
})

after(async () => {
  await browser?.close()
  demo?.close()
  await server?.stop()
})

/** An ML engineer's answers, question by question (a typical person). */
let ANSWERS: Record<string, number>
/** A role beside the spectrum says so under it, in the longest words an embedded result has. */
let BESIDE: Record<string, number>
let FIRST_PROMPT: string

async function openDemo(page: Page): Promise<string[]> {
  const problems: string[] = []
  page.on('console', (m) => {
    if (/Refused to|Content Security Policy/i.test(m.text())) problems.push(m.text())
  })
  page.on('pageerror', (e) => problems.push(e.message))
  const ready = page.locator('#events li[data-widget="widget-default"][data-type="ready"]')
  await page.goto(demo.url)
  try {
    await ready.waitFor({ timeout: 15_000 })
  } catch {
    // Seen once in ~10 CI runs: no "ready" within 30 s. Say what the page held, then give the
    // dev server one more load (a slow first compile of a lazy module is not the widget's fault).
    const frames = page.frames().map((f) => f.url())
    const events = await page
      .locator('#events')
      .innerText()
      .catch(() => '(no #events)')
    console.error(
      `openDemo: no "ready" after 15 s; frames ${JSON.stringify(frames)}; events ${events}; problems ${JSON.stringify(problems)}`,
    )
    await page.reload()
    await ready.waitFor({ timeout: 15_000 })
  }
  return problems
}

const frameOf = async (page: Page, selector: string): Promise<Frame> => {
  const frame = await (await page.locator(`${selector} iframe`).elementHandle())!.contentFrame()
  assert.ok(frame, `no frame in ${selector}`)
  return frame
}

/** The iframe shows its whole document: no inner scrollbar, no empty space below. */
async function fitsContent(page: Page, selector: string): Promise<{ outer: number; inner: number }> {
  const outer = await page.locator(`${selector} iframe`).evaluate((e) => e.getBoundingClientRect().height)
  const inner = await (await frameOf(page, selector)).evaluate(() => document.documentElement.scrollHeight)
  return { outer, inner }
}

async function waitForFit(page: Page, selector: string) {
  for (let i = 0; i < 40; i++) {
    const { outer, inner } = await fitsContent(page, selector)
    if (Math.abs(outer - inner) <= 1) return outer
    await page.waitForTimeout(100)
  }
  const { outer, inner } = await fitsContent(page, selector)
  const how = await page.locator(`${selector} iframe`).evaluate((e) => `${e.getAttribute('src')} ${e.getAttribute('style')}`)
  assert.fail(`iframe is ${outer}px tall but its content ${inner}px (${how})`)
}

async function answerInFrame(frame: Frame, answers: Record<string, number>) {
  await answerAdaptive(frame, (id) => answers[id]!)
  await frame.getByRole('button', { name: 'See my result' }).click()
}

describe('the widget on a host page of another origin', () => {
  it('embeds the quiz, which grows and shrinks with its content', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1100, height: 900 } })
    const page = await ctx.newPage()
    const problems = await openDemo(page)
    const wide = await waitForFit(page, '#widget-default')
    await page.setViewportSize({ width: 360, height: 800 })
    const narrow = await waitForFit(page, '#widget-default')
    assert.ok(narrow > wide + 50, `narrow ${narrow}px should be taller than wide ${wide}px`)
    await page.setViewportSize({ width: 1100, height: 900 })
    const back = await waitForFit(page, '#widget-default')
    assert.ok(Math.abs(back - wide) <= 2, `grew back to ${back}px, expected ${wide}px`)
    assert.deepEqual(problems, [])
    await ctx.close()
  })

  it('tells the host when the person finishes, with the right id, and shows the result inline after one ready', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1100, height: 900 } })
    const page = await ctx.newPage()
    const problems = await openDemo(page)
    const frame = await frameOf(page, '#widget-default')
    await answerInFrame(frame, ANSWERS)
    const complete = page.locator('#events li[data-widget="widget-default"][data-type="complete"]')
    await complete.waitFor()
    const detail = JSON.parse((await complete.innerText()).replace(/^widget-default: complete /, ''))
    assert.match(detail.id, /^[A-Za-z0-9_-]{22}$/)
    assert.equal(detail.url, `${server.url}/r/${detail.id}`)
    assert.equal(detail.topRole.id, 'ml-engineer')
    assert.deepEqual(Object.keys(detail.scores), ['stats', 'ml', 'swe', 'infra', 'comm'])
    assert.equal(typeof detail.position, 'number')
    const stored = (await (await fetch(`${server.url}/api/results/${detail.id}`)).json()) as any
    assert.deepEqual(stored.result.scores, detail.scores)

    await frame.waitForURL(new RegExp(`/embed/r/${detail.id}`))
    await frame.locator('.embed-title').waitFor()
    await waitForFit(page, '#widget-default')
    // The result page in the frame speaks to the host again (for its height), but the host hears "ready" once.
    assert.equal(await page.locator('#events li[data-widget="widget-default"][data-type="ready"]').count(), 1)
    // The demo mounts a result card with RoleSpectrum.mount when it hears "complete".
    const card = await frameOf(page, `#cards [data-result="${detail.id}"]`)
    await card.locator('.embed-title').waitFor()
    assert.match(await card.locator('.embed-title').innerText(), /ML engineer/)
    await waitForFit(page, `#cards [data-result="${detail.id}"]`)
    assert.deepEqual(problems, [])
    await ctx.close()
  })

  it('on a phone, brings the next question and then the result back into view when the frame’s top has scrolled away', async () => {
    const ctx = await browser.newContext({ viewport: { width: 375, height: 740 } })
    const page = await ctx.newPage()
    await openDemo(page)
    const frame = await frameOf(page, '#widget-default')
    const top = () => page.locator('#widget-default iframe').evaluate((e) => e.getBoundingClientRect().top)
    const inView = () =>
      page.waitForFunction(() => document.querySelector('#widget-default iframe')!.getBoundingClientRect().top >= -1)
    // After choosing, the person scrolls the host page down past Next (on a phone it sits below the screen).
    let scrolledAway = 0
    const scrollDown = async () => {
      await page.evaluate(() => window.scrollBy(0, 2000))
      if ((await top()) < 0) scrolledAway++
    }
    await answerAdaptive(frame, (id) => ANSWERS[id]!, {
      limit: 4,
      onStep: async () => {
        await scrollDown()
        // A changed answer alone leaves the page where the person put it (changed without a
        // click, whose focus would itself scroll the option into view).
        const before = await page.evaluate(() => window.scrollY)
        const choose = (value: string) =>
          frame.locator(`label.option input[value="${value}"]`).evaluate((e) => {
            ;(e as HTMLInputElement).checked = true
            e.dispatchEvent(new Event('change', { bubbles: true }))
          })
        const chosen = await frame.locator('label.option input:checked').evaluate((e) => (e as HTMLInputElement).value)
        await choose(chosen === '0' ? '1' : '0')
        await choose(chosen)
        await page.waitForTimeout(200)
        assert.equal(await page.evaluate(() => window.scrollY), before)
      },
    })
    assert.ok(scrolledAway > 0, 'the test scrolled the frame’s top away')
    await frame.locator('.progress-label', { hasText: 'Question 5 ·' }).waitFor()
    await inView()
    assert.ok((await top()) < 740, 'the question is on the screen')
    // And the result after "See my result": its headline, not the bottom of the frame.
    await answerAdaptive(frame, (id) => ANSWERS[id]!, { onStep: scrollDown, start: 4 })
    await scrollDown()
    await frame.getByRole('button', { name: 'See my result' }).click()
    await frame.locator('.embed-title').waitFor()
    await inView()
    assert.ok((await top()) < 740, 'the result’s headline is on the screen')
    await ctx.close()
  })

  it('opens the result in a new tab when asked to, and keeps the widgets apart', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1100, height: 900 } })
    const page = await ctx.newPage()
    await openDemo(page)
    const frame = await frameOf(page, '#widget-options')
    assert.equal(await frame.evaluate(() => document.documentElement.dataset.theme), 'dark')
    const popup = ctx.waitForEvent('page')
    await answerInFrame(frame, ANSWERS)
    const tab = await popup
    await tab.waitForLoadState()
    const complete = page.locator('#events li[data-widget="widget-options"][data-type="complete"]')
    await complete.waitFor()
    const detail = JSON.parse((await complete.innerText()).replace(/^widget-options: complete /, ''))
    assert.equal(tab.url(), detail.url)
    await frame.getByText('Your result is ready').waitFor()
    assert.equal(await page.locator('#events li[data-widget="widget-default"][data-type="complete"]').count(), 0)
    await ctx.close()
  })
})

describe('two quiz widgets on one host page', () => {
  it('keep their own progress: answers given in one are not resumed by the other', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1100, height: 900 } })
    const page = await ctx.newPage()
    await openDemo(page)
    const first = page.frameLocator('#widget-default iframe')
    assert.equal(await answerAdaptive(first, (id) => ANSWERS[id]!, { limit: 2 }), 2)
    await currentQuestion(first, 3)
    await page.reload()
    // Each widget loads again; the first resumes where it was, the second starts afresh.
    await currentQuestion(page.frameLocator('#widget-default iframe'), 3)
    const second = page.frameLocator('#widget-options iframe')
    // Rendered at question 1 on the server: only once its script has restored progress does it tell.
    await second.locator('form.quiz[data-ready]').waitFor()
    await currentQuestion(second, 1)
    assert.equal(await second.locator('input[type=radio]:checked').count(), 0)
    await ctx.close()
  })
})

describe('oEmbed frames pasted on another site', () => {
  /**
   * Serves `html` from a server of its own on the loopback address: another origin than the app,
   * on a real address (Chromium refuses frames of 127.0.0.1 in a page that comes from nowhere).
   */
  async function hostPage(page: Page, html: string): Promise<void> {
    const host = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      res.end(`<!doctype html><meta charset="utf-8"><body><div id="host">${html}</div></body>`)
    })
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve))
    const { port } = host.address() as AddressInfo
    await page.goto(`http://127.0.0.1:${port}/`)
    host.close()
  }

  it('show their whole content without an inner scroll bar at 320–1280 px, light and dark', async () => {
    const created = async (answers: Record<string, number>) =>
      (
        (await (
          await fetch(`${server.url}/api/results`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ answers, name: 'Maria-Magdalena Featherstonehaugh' }),
          })
        ).json()) as { id: string }
      ).id
    const a = await created(ANSWERS)
    const b = await created(Object.fromEntries(Object.keys(ANSWERS).map((k) => [k, 1])))
    const beside = await created(BESIDE)
    const urls = {
      result: `${server.url}/r/${a}`,
      'result beside the spectrum': `${server.url}/r/${beside}`,
      compare: `${server.url}/compare/${a}/${b}`,
      quiz: `${server.url}/quiz`,
    }
    for (const [kind, url] of Object.entries(urls)) {
      const o = (await (await fetch(`${server.url}/oembed?url=${encodeURIComponent(url)}`)).json()) as {
        html: string
        width: number
        height: number
      }
      for (const colorScheme of ['light', 'dark'] as const) {
        const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme })
        const page = await ctx.newPage()
        // Without the loader (a consumer that strips scripts): the fixed height holds the page at its width.
        await hostPage(page, o.html.replace(/<script[^>]*><\/script>/, ''))
        const frame = await frameOf(page, '#host')
        await frame.locator('main').waitFor()
        await page.waitForTimeout(300)
        const inner = await frame.evaluate(() => document.documentElement.scrollHeight)
        assert.ok(
          inner <= o.height,
          `${kind} (${colorScheme}): ${inner} px of content in a ${o.height} px frame at ${o.width} px`,
        )
        // With the loader: the frame follows its content at every width.
        await hostPage(page, o.html)
        await page.locator('#host iframe[data-role-spectrum-frame^="rs"]').waitFor()
        // The loader reloads the pasted frame once with its id: wait for whichever frame the page
        // holds by then to carry it (a frame handle taken before the reload can go stale).
        const deadline = Date.now() + 30_000
        let adopted = page.frames().find((f) => /[?&]wid=rs\d+/.test(f.url()))
        while (!adopted && Date.now() < deadline) {
          await page.waitForTimeout(100)
          adopted = page.frames().find((f) => /[?&]wid=rs\d+/.test(f.url()))
        }
        assert.ok(
          adopted,
          `${kind} (${colorScheme}): the loader never reloaded the pasted frame with its id; frames: ${page
            .frames()
            .map((f) => f.url())
            .join(' | ')}; iframe src: ${await page.locator('#host iframe').getAttribute('src')}`,
        )
        await adopted.locator('main').waitFor()
        for (const width of [320, 375, 768, 1280]) {
          await page.setViewportSize({ width, height: 900 })
          await waitForFit(page, '#host')
        }
        await ctx.close()
      }
    }
  })
})

describe('framing rules in a browser', () => {
  it('lets another site frame /embed/ pages but not the others', async () => {
    const ctx = await browser.newContext()
    const page = await ctx.newPage()
    await openDemo(page)
    const probe = async (path: string) => {
      await page.evaluate(
        ({ src, id }) => {
          const f = document.createElement('iframe')
          f.id = id
          f.src = src
          document.body.append(f)
        },
        { src: `${server.url}${path}`, id: `probe-${path.replace(/\W/g, '')}` },
      )
      const frame = await (await page.locator(`#probe-${path.replace(/\W/g, '')}`).elementHandle())!.contentFrame()
      await page.waitForTimeout(800)
      return frame!.evaluate(() => document.querySelector('.prompt, .hero h1')?.textContent ?? '').catch(() => '')
    }
    assert.equal(await probe('/embed/quiz'), FIRST_PROMPT)
    assert.equal(await probe('/quiz'), '')
    assert.equal(await probe('/'), '')
    await ctx.close()
  })
})
