import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface DevServer {
  url: string
  stop: () => Promise<void>
}

/** Starts `wrangler dev` on a free-ish port with its own empty local KV, and waits until it serves. */
export async function startServer(port = 8790 + Math.floor(Math.random() * 200)): Promise<DevServer> {
  const persist = mkdtempSync(join(tmpdir(), 'role-spectrum-e2e-'))
  const child: ChildProcess = spawn(
    'node_modules/.bin/wrangler',
    ['dev', '--port', String(port), '--ip', '127.0.0.1', '--persist-to', persist, '--show-interactive-dev-session=false'],
    { env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let log = ''
  child.stdout?.on('data', (d) => (log += d))
  child.stderr?.on('data', (d) => (log += d))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 90_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited early:\n${log}`)
    try {
      const res = await fetch(`${url}/api/quiz`)
      if (res.ok) break
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM')
      throw new Error(`wrangler dev did not start within 90 s:\n${log}`)
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
        setTimeout(() => child.kill('SIGKILL'), 5000).unref()
      }),
  }
}
