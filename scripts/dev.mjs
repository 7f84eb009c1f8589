// `npm start`: wrangler dev (every argument passes through) plus the widget demo host page
// on the next port, a second origin that embeds the app like another site would.
import { execFileSync, spawn } from 'node:child_process'
import { serveDemo } from './demo-server.mjs'

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`))
  if (i === -1) return fallback
  return args[i].includes('=') ? args[i].split('=')[1] : args[i + 1]
}
const port = Number(option('port', '8787'))
const ip = option('ip', 'localhost')
const appHost = ip === '0.0.0.0' || ip === '*' ? 'localhost' : ip

const wranglerBin = new URL('../node_modules/wrangler/bin/wrangler.js', import.meta.url).pathname
const env = { WRANGLER_SEND_METRICS: 'false', ...process.env }

// The local D1 database (the norms) gets the schema of migrations/ first; applied ones are skipped.
const persist = option('persist-to', undefined)
execFileSync(
  process.execPath,
  [wranglerBin, 'd1', 'migrations', 'apply', 'NORMS', '--local', ...(persist ? ['--persist-to', persist] : [])],
  { stdio: 'inherit', env: { CI: 'true', ...env } },
)
const wrangler = spawn(process.execPath, [wranglerBin, 'dev', ...args], { stdio: 'inherit', env })
wrangler.on('exit', (code) => process.exit(code ?? 0))
// Stopping: wrangler stops its workerd processes and exits, and this process (with the demo
// server) exits with it; if wrangler has not gone within 5 s, it is killed outright.
const stop = (signal) => {
  wrangler.kill(signal)
  setTimeout(() => {
    wrangler.kill('SIGKILL')
    process.exit(1)
  }, 5000).unref()
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal))
// `kill` on the npm process ends npm and its shell, but the shell does not pass the signal on:
// this process would be left running, with wrangler, workerd and the demo. It notices that its
// parent is gone (it is handed to another parent) and stops too.
const parent = process.ppid
setInterval(() => {
  if (process.ppid !== parent) stop('SIGTERM')
}, 500).unref()

const demo = await serveDemo({
  port: port + 1,
  host: appHost === 'localhost' ? '127.0.0.1' : appHost,
  appOrigin: `http://${appHost}:${port}`,
})
console.log(`\nWidget demo (a second origin embedding the app): ${demo.url}/\n`)
