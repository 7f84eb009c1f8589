import assert from 'node:assert/strict'
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'

/** pid and parent pid of every process: from /proc on Linux (no `ps` needed), else from `ps`. */
function processTable(): [number, number][] {
  if (existsSync('/proc/self/stat'))
    return readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .flatMap((name): [number, number][] => {
        try {
          // The command name may hold spaces or parentheses: the fields after its closing one are fixed.
          const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
          const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
          return [[Number(name), ppid]]
        } catch {
          return []
        }
      })
  return execFileSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number])
}

/** Every process below `root`. */
function descendants(root: number): number[] {
  const rows = processTable()
  const out: number[] = []
  const walk = (pid: number) => {
    for (const [child, parent] of rows)
      if (parent === pid) {
        out.push(child)
        walk(child)
      }
  }
  walk(root)
  return out
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

async function until(what: string, ok: () => boolean | Promise<boolean>, ms: number): Promise<void> {
  const end = Date.now() + ms
  while (Date.now() < end) {
    if (await ok()) return
    await new Promise((r) => setTimeout(r, 250))
  }
  assert.fail(`timed out waiting for ${what}`)
}

const serves = async (url: string): Promise<boolean> => {
  try {
    await fetch(url)
    return true
  } catch {
    return false
  }
}

describe('npm start', () => {
  it('stops everything it started (wrangler, workerd, the demo host) when the npm process is killed', async () => {
    const port = 20000 + Math.floor(Math.random() * 20000)
    const persist = mkdtempSync(join(tmpdir(), 'role-spectrum-start-'))
    const npm = spawn('npm', ['start', '--', '--port', String(port), '--persist-to', persist], {
      stdio: 'ignore',
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' },
    })
    try {
      await until(
        'the app and the demo to serve',
        async () => (await serves(`http://localhost:${port}/`)) && serves(`http://127.0.0.1:${port + 1}/`),
        90_000,
      )
      const started = descendants(npm.pid!)
      assert.ok(started.length >= 4, `npm start runs the script, wrangler and workerd (found ${started.length} processes)`)
      process.kill(npm.pid!, 'SIGTERM')
      await until('every process npm start started to exit', () => started.every((pid) => !alive(pid)), 15_000)
      assert.equal(await serves(`http://localhost:${port}/`), false)
      assert.equal(await serves(`http://127.0.0.1:${port + 1}/`), false)
    } finally {
      for (const pid of [npm.pid!, ...descendants(npm.pid!)]) if (alive(pid)) process.kill(pid, 'SIGKILL')
    }
  })
})
