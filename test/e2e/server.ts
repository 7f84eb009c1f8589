import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { type AddressInfo, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface DevServer {
  url: string
  /** The local state directory (KV, D1, …) of this server. */
  persist: string
  stop: () => Promise<void>
}

const wranglerEnv = { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' }

/** Gives the local D1 database in `persist` the schema of migrations/, as `npm start` does. */
function applyMigrations(persist: string): void {
  execFileSync(
    process.execPath,
    ['node_modules/wrangler/bin/wrangler.js', 'd1', 'migrations', 'apply', 'NORMS', '--local', '--persist-to', persist],
    { env: wranglerEnv, stdio: 'pipe' },
  )
}

/** A port the system reports free just now (another process may still take it first). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

/**
 * Starts `wrangler dev` on a free port with its own empty local KV, and waits until it serves.
 * `args` go to wrangler (the benchmark raises a limit with `--var`). When another process takes
 * the port between the check and wrangler's start, it tries another port, up to three times.
 */
export async function startServer(port?: number, args: string[] = []): Promise<DevServer> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOn(port ?? (await freePort()), args)
    } catch (err) {
      const taken = err instanceof Error && err.message.includes('Address already in use')
      if (!taken || port !== undefined || attempt === 3) throw err
    }
  }
}

async function startOn(port: number, args: string[]): Promise<DevServer> {
  const persist = mkdtempSync(join(tmpdir(), 'role-spectrum-e2e-'))
  applyMigrations(persist)
  // Run wrangler's own script with this Node (24), whatever `node` is first on the PATH.
  const child: ChildProcess = spawn(
    process.execPath,
    [
      'node_modules/wrangler/bin/wrangler.js',
      'dev',
      '--port',
      String(port),
      '--ip',
      '127.0.0.1',
      '--persist-to',
      persist,
      '--show-interactive-dev-session=false',
      ...args,
    ],
    { env: wranglerEnv, stdio: ['ignore', 'pipe', 'pipe'] },
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
    persist,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
        setTimeout(() => child.kill('SIGKILL'), 5000).unref()
      }),
  }
}

/** Starts the widget demo host page on its own origin, embedding the app at appUrl. */
export async function startDemo(appUrl: string): Promise<{ url: string; close: () => void }> {
  const { serveDemo } = await import('../../scripts/demo-server.mjs')
  const port = Number(new URL(appUrl).port) + 1000
  return serveDemo({ port, host: '127.0.0.1', appOrigin: appUrl })
}
