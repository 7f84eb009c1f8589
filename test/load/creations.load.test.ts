import assert from 'node:assert/strict'
import { writeFileSync } from 'node:fs'
import { after, before, it } from 'node:test'
import { takerRows } from '../e2e/norms-db.ts'
import { startServer, type DevServer } from '../e2e/server.ts'

const CLIENTS = 25
const PER_CLIENT = 40
/** Each simulated client changes address before reaching the limit of 30 creations a minute. */
const PER_ADDRESS = 20

let server: DevServer
before(async () => {
  server = await startServer()
})
after(async () => {
  await server?.stop()
})

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!

it(`creates ${CLIENTS * PER_CLIENT} results from ${CLIENTS} concurrent clients, none lost, none duplicated`, async () => {
  const quiz = (await (await fetch(`${server.url}/api/quiz`)).json()) as { questions: { id: string }[] }
  const created: { id: string; createdAt: string; result: unknown }[] = []
  const latencies: number[] = []
  const statuses = new Map<number, number>()
  const started = performance.now()
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      for (let n = 0; n < PER_CLIENT; n++) {
        const answers = Object.fromEntries(quiz.questions.map((q, i) => [q.id, (client + n + i) % 5]))
        const t = performance.now()
        const res = await fetch(`${server.url}/api/results`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'cf-connecting-ip': `198.18.${client}.${Math.floor(n / PER_ADDRESS)}` },
          body: JSON.stringify({ answers }),
        })
        latencies.push(performance.now() - t)
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
        if (res.status === 201) created.push((await res.json()) as (typeof created)[number])
        else await res.body?.cancel()
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  assert.deepEqual([...statuses], [[201, CLIENTS * PER_CLIENT]], 'every creation answered 201')
  assert.equal(new Set(created.map((c) => c.id)).size, created.length, 'no id handed out twice')

  let identical = 0
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, k) => {
      for (let i = k; i < created.length; i += CLIENTS) {
        const c = created[i]!
        const res = await fetch(`${server.url}/api/results/${c.id}`)
        assert.equal(res.status, 200, `result ${c.id} is missing`)
        assert.deepEqual(await res.json(), { id: c.id, createdAt: c.createdAt, result: c.result })
        identical++
      }
    }),
  )
  assert.equal(identical, CLIENTS * PER_CLIENT)

  // Each creation also left its anonymous norms row in D1 (written after the response).
  let rows = 0
  for (const deadline = Date.now() + 15_000; rows < created.length && Date.now() < deadline; )
    rows = await new Promise<number>((r) => setTimeout(() => r(takerRows(server.persist).length), 200))
  assert.equal(rows, created.length, 'one norms row per stored result')

  latencies.sort((a, b) => a - b)
  const figures = {
    date: new Date().toISOString(),
    clients: CLIENTS,
    creations: created.length,
    seconds: Number(seconds.toFixed(2)),
    creationsPerSecond: Math.round(created.length / seconds),
    p50ms: Number(percentile(latencies, 50).toFixed(1)),
    p99ms: Number(percentile(latencies, 99).toFixed(1)),
    readBackIdentical: identical,
    lost: CLIENTS * PER_CLIENT - identical,
    duplicated: created.length - new Set(created.map((c) => c.id)).size,
    normsRows: rows,
  }
  console.log(JSON.stringify(figures))
  if (process.env.LOAD_FIGURES) writeFileSync(process.env.LOAD_FIGURES, `${JSON.stringify(figures, null, 2)}\n`)
})
