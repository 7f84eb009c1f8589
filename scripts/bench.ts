// Route benchmark (issue #6): the production build of the worker (minified, as uploaded) in
// workerd under wrangler dev, each route loaded with concurrent keep-alive connections for a
// fixed time by autocannon, compared with the trivial /healthz route of the same worker in the
// same run. CPU time per request is read from /proc around each route: the workerd processes
// under the wrangler dev this script starts, not every workerd on the machine.
// Writes docs/bench.json; exits 1 when a route misses its target ratio.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import autocannon from 'autocannon'
import { startServer } from '../test/e2e/server.ts'

const DURATION = Number(process.env.BENCH_SECONDS ?? 8)
const CONNECTIONS = 16

/** One process as /proc/<pid>/stat describes it. */
interface Proc {
  pid: number
  ppid: number
  name: string
  /** User plus system CPU time, in clock ticks (USER_HZ, 100 a second on Linux). */
  ticks: number
}

function processes(): Proc[] {
  const procs: Proc[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      // "pid (name) state ppid …": the name may hold spaces and parentheses, so split after the last ')'.
      const close = stat.lastIndexOf(')')
      const fields = stat.slice(close + 2).split(' ')
      procs.push({
        pid: Number(entry),
        ppid: Number(fields[1]),
        name: stat.slice(stat.indexOf('(') + 1, close),
        ticks: Number(fields[11]) + Number(fields[12]),
      })
    } catch {
      // process went away
    }
  }
  return procs
}

/**
 * Total CPU time (ms) of the workerd processes this benchmark started: those descended from
 * this process, i.e. under the wrangler dev that startServer spawned. Other workerd processes
 * on the machine (another wrangler dev, tests running beside the benchmark) are not counted.
 */
function ownWorkerdCpuMs(): number {
  const procs = processes()
  const children = new Map<number, Proc[]>()
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p])
  let ticks = 0
  let found = 0
  const queue = [...(children.get(process.pid) ?? [])]
  for (let p = queue.pop(); p; p = queue.pop()) {
    if (p.name === 'workerd') {
      ticks += p.ticks
      found++
    }
    queue.push(...(children.get(p.pid) ?? []))
  }
  if (found === 0) throw new Error('no workerd process under this benchmark: did wrangler dev stop?')
  return (ticks * 1000) / 100
}

interface Route {
  name: string
  path: string
  method?: 'GET' | 'POST'
  body?: string
  target: number
  randomIp?: boolean
}

// The team of 500 below joins faster than a team's limit of joins a minute allows.
const server = await startServer(undefined, ['--var', 'TEAM_JOIN_LIMIT:1000'])
try {
  const base = server.url
  const quiz = (await (await fetch(`${base}/api/quiz`)).json()) as { questions: { id: string }[] }
  const body = JSON.stringify({ answers: Object.fromEntries(quiz.questions.map((q, i) => [q.id, (i * 3) % 5])) })
  const created = (await (
    await fetch(`${base}/api/results`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
  ).json()) as { id: string }
  const firstImage = performance.now()
  await (await fetch(`${base}/r/${created.id}/image.png`)).arrayBuffer()
  const firstImageMs = performance.now() - firstImage

  // A team of 500, to show the team map stays fast at that size.
  const team = (await (
    await fetch(`${base}/api/teams`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Bench', setting: 'high-online' }),
    })
  ).json()) as { id: string }
  for (let batch = 0; batch < 10; batch++)
    await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        const k = batch * 50 + i
        const answers = Object.fromEntries(quiz.questions.map((q, j) => [q.id, (k + j) % 5]))
        const ip = `198.19.${batch}.${i}`
        const r = (await (
          await fetch(`${base}/api/results`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'cf-connecting-ip': ip },
            body: JSON.stringify({ answers }),
          })
        ).json()) as { id: string; deleteUrl: string }
        const token = new URL(r.deleteUrl, base).searchParams.get('token')
        const joined = await fetch(`${base}/api/teams/${team.id}/members`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'cf-connecting-ip': ip },
          body: JSON.stringify({ resultId: r.id, token, name: `Person ${k}` }),
        })
        if (joined.status !== 201) throw new Error(`seeding the team: ${joined.status} ${await joined.text()}`)
        await joined.body?.cancel()
      }),
    )

  const routes: Route[] = [
    { name: 'GET /healthz (baseline)', path: '/healthz', target: 1 },
    { name: 'GET /quiz', path: '/quiz', target: 0.5 },
    { name: 'POST /api/results', path: '/api/results', method: 'POST', body, target: 0.3, randomIp: true },
    { name: 'GET /api/results/{id}', path: `/api/results/${created.id}`, target: 0.5 },
    { name: 'GET /r/{id}', path: `/r/${created.id}`, target: 0.5 },
    { name: 'GET /r/{id}/image.png (cached)', path: `/r/${created.id}/image.png`, target: 0.5 },
    { name: 'GET /embed.js', path: '/embed.js', target: 0.5 },
    { name: 'GET /api/teams/{id} (500 members)', path: `/api/teams/${team.id}`, target: 0.2 },
    { name: 'GET /t/{id} (500 members)', path: `/t/${team.id}`, target: 0.2 },
  ]

  const rows: {
    name: string
    rps: number
    p50: number
    p99: number
    ratio: number
    cpuMs: number
    cpuAboveFloorMs: number
    target: number
    ok: boolean
    errors: number
  }[] = []
  let baseline = 0
  let floorCpu = 0
  for (const route of routes) {
    // Warm up: compile paths, fill caches.
    await autocannon({
      url: base + route.path,
      connections: 4,
      amount: 200,
      method: route.method ?? 'GET',
      body: route.body,
      headers: { 'content-type': 'application/json' },
    })
    let ip = 0
    const cpuBefore = ownWorkerdCpuMs()
    const result = await autocannon({
      url: base,
      connections: CONNECTIONS,
      duration: DURATION,
      requests: [
        {
          method: route.method ?? 'GET',
          path: route.path,
          ...(route.body ? { body: route.body } : {}),
          headers: { 'content-type': 'application/json' },
          setupRequest: (req) => {
            // Each creation comes from its own made-up address, as real visitors do; the
            // rate limiter is per address, so one address would be stopped after 30.
            if (route.randomIp) req.headers = { ...req.headers, 'cf-connecting-ip': `198.18.${(ip >> 8) & 255}.${ip++ & 255}` }
            return req
          },
        },
      ],
    })
    const cpuMs = ownWorkerdCpuMs() - cpuBefore
    const rps = result.requests.average
    if (route.target === 1) baseline = rps
    const ratio = rps / baseline
    const perRequest = cpuMs / result.requests.total
    if (route.target === 1) floorCpu = perRequest
    const non2xx = result.non2xx + result.errors
    rows.push({
      name: route.name,
      rps: Math.round(rps),
      p50: result.latency.p50,
      p99: result.latency.p99,
      ratio: Number(ratio.toFixed(2)),
      cpuMs: Number(perRequest.toFixed(3)),
      cpuAboveFloorMs: Number(Math.max(0, perRequest - floorCpu).toFixed(3)),
      target: route.target,
      ok: ratio >= route.target && non2xx === 0,
      errors: non2xx,
    })
  }

  const w = Math.max(...rows.map((r) => r.name.length))
  console.log(
    `\n${'Route'.padEnd(w)}  ${'req/s'.padStart(7)}  ${'p50'.padStart(5)}  ${'p99'.padStart(5)}  ${'×base'.padStart(6)}  ${'CPU/req'.padStart(8)}  ${'above floor'.padStart(11)}  target`,
  )
  for (const r of rows)
    console.log(
      `${r.name.padEnd(w)}  ${String(r.rps).padStart(7)}  ${`${r.p50}ms`.padStart(5)}  ${`${r.p99}ms`.padStart(5)}  ${r.ratio.toFixed(2).padStart(6)}  ${`${r.cpuMs.toFixed(2)}ms`.padStart(8)}  ${`${r.cpuAboveFloorMs.toFixed(2)}ms`.padStart(11)}  ≥${r.target} ${r.ok ? 'ok' : `MISSED${r.errors ? ` (${r.errors} non-2xx)` : ''}`}`,
    )
  console.log(`\nFirst render of a card image (one request, wall time): ${firstImageMs.toFixed(0)} ms`)
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, wrangler dev (workerd), ${CONNECTIONS} connections × ${DURATION} s per route`
  writeFileSync(
    'docs/bench.json',
    `${JSON.stringify({ date: new Date().toISOString().slice(0, 10), machine, command: 'npm run bench', firstImageMs: Math.round(firstImageMs), rows }, null, 2)}\n`,
  )
  console.log(`Machine: ${machine}\nWritten to docs/bench.json`)
  if (rows.some((r) => !r.ok)) process.exitCode = 1
} finally {
  await server.stop()
}
