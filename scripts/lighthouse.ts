// Real-browser figures (issue #6): Lighthouse (mobile profile: simulated slow 4G and a 4×
// slower CPU) in Debian's Chromium against the quiz and a result page served by wrangler dev.
// Writes docs/lighthouse.json; exits 1 when a page scores under 100 or shifts its layout.
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { writeFileSync } from 'node:fs'
import { CHROMIUM_ARGS } from '../test/e2e/browser.ts'
import { startServer } from '../test/e2e/server.ts'

const server = await startServer()
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: CHROMIUM_ARGS,
})
try {
  const quiz = (await (await fetch(`${server.url}/api/quiz`)).json()) as { questions: { id: string }[] }
  const created = await fetch(`${server.url}/api/results`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ answers: Object.fromEntries(quiz.questions.map((q, i) => [q.id, (i * 3) % 5])) }),
  })
  const { url } = (await created.json()) as { url: string }
  const pages = { quiz: '/quiz', result: url, landing: '/' }
  // One plain request for each page first: on a cold dev server the first page audited once
  // failed to paint in time (score 0, no figures, 7 December 2026), which measured the server's
  // start, not the page.
  for (const path of Object.values(pages)) await (await fetch(`${server.url}${path}`)).text()
  const rows = []
  for (const [name, path] of Object.entries(pages)) {
    const run = await lighthouse(`${server.url}${path}`, {
      port: chrome.port,
      onlyCategories: ['performance'],
      logLevel: 'error',
      output: 'json',
    })
    const lhr = run!.lhr
    if (lhr.runtimeError)
      console.error(`${name}: Lighthouse could not measure the page: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN
    rows.push({
      page: name,
      score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      fcpMs: Math.round(audit('first-contentful-paint')),
      lcpMs: Math.round(audit('largest-contentful-paint')),
      tbtMs: Math.round(audit('total-blocking-time')),
      cls: Number(audit('cumulative-layout-shift').toFixed(3)),
      speedIndexMs: Math.round(audit('speed-index')),
    })
  }
  console.table(rows)
  writeFileSync(
    'docs/lighthouse.json',
    `${JSON.stringify({ date: new Date().toISOString().slice(0, 10), profile: 'Lighthouse mobile (simulated slow 4G, 4× CPU slowdown), Debian Chromium, wrangler dev', rows }, null, 2)}\n`,
  )
  if (rows.some((r) => r.score < 100 || r.cls > 0)) process.exitCode = 1
} finally {
  await chrome.kill()
  await server.stop()
}
