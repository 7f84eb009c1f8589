import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'

/**
 * The rows of the NORMS table of a running `wrangler dev`, read straight from its local D1 file
 * (read-only, beside the server: SQLite allows that).
 */
export function takerRows(persist: string): Record<string, unknown>[] {
  const dir = join(persist, 'v3', 'd1', 'miniflare-D1DatabaseObject')
  const file = readdirSync(dir).find((f) => f.endsWith('.sqlite') && f !== 'metadata.sqlite')
  if (!file) throw new Error(`no D1 database under ${dir}`)
  const db = new DatabaseSync(join(dir, file), { readOnly: true })
  try {
    return db.prepare('SELECT * FROM takers').all() as Record<string, unknown>[]
  } finally {
    db.close()
  }
}
