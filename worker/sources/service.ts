import { newId } from '../ids'
import { hashToken, newToken } from '../tokens'
import type { SourceRecord } from './schema'
import { saveSource } from './store'

/** The owner's private page of a source (its token only ever travels in this link). */
export const ownerPath = (tag: string, token: string): string => `/s/${tag}?token=${token}`

/** The widget's HTML for a source: the quiz, with results tagged for its cohort. */
export const embedSnippet = (origin: string, tag: string): string =>
  `<div data-role-spectrum data-source="${tag}"></div>\n<script src="${origin}/embed.js" async></script>`

/**
 * Creates a source: a generated tag (nobody can pick someone else's) and a private owner token,
 * of which only the SHA-256 is stored. Throws when KV does.
 */
export async function createSource(kv: KVNamespace, name: string, now = new Date()) {
  const tag = newId()
  const token = newToken()
  const record: SourceRecord = { name, createdAt: now.toISOString(), ownerHash: await hashToken(token) }
  await saveSource(kv, tag, record)
  return { tag, token, record }
}
