import * as z from 'zod/mini'
import { type StoredResult, storedResult } from './schema'
import { storedText } from '../text-input'

/** Keys carry a versioned prefix so the stored shape can change without collisions. */
const key = (id: string): string => `v1:result:${id}`

/** KV refused or failed a write; the client should retry later. */
export class StorageUnavailable extends Error {
  override name = 'StorageUnavailable'
}

/** Writes a new result. Never reads first: a read of a missing key is cached as "not found". */
export async function saveResult(kv: KVNamespace, record: StoredResult): Promise<void> {
  try {
    await kv.put(key(record.id), JSON.stringify(record))
  } catch (err) {
    console.error(`KV write of result ${record.id} failed`, err)
    throw new StorageUnavailable('The result could not be stored.')
  }
}

/**
 * A stored value that is not JSON or fails validation is corrupt: never rendered, but its
 * owner may still delete it while its delete-token hash can be read (see ownerHash).
 */
export type LoadOutcome =
  | { kind: 'found'; record: StoredResult }
  | { kind: 'missing' }
  | { kind: 'corrupt'; deleteHash: string | undefined }

/** Reads and validates a stored result; a value that is not JSON or fails validation is reported, not returned. */
export async function loadResult(kv: KVNamespace, id: string): Promise<LoadOutcome> {
  const text = await kv.get(key(id))
  if (text === null) return { kind: 'missing' }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    raw = undefined
  }
  const parsed = storedResult.safeParse(raw)
  if (parsed.success) return { kind: 'found', record: withReadableName(parsed.data) }
  console.error(`stored result ${id} is corrupt:`, raw === undefined ? 'not JSON' : z.prettifyError(parsed.error))
  return { kind: 'corrupt', deleteHash: ownerHash(text) }
}

/**
 * A stored record with its display name held to today's text rules: a name written before them
 * (a lone surrogate, say, which no share link can encode) is left off, and the result shows
 * as if it had none, instead of its page failing on every visit.
 */
function withReadableName(record: StoredResult): StoredResult {
  if (record.name === undefined) return record
  const name = storedText(record.name)
  if (name === record.name) return record
  const { name: _dropped, ...rest } = record
  return name === undefined ? rest : { ...rest, name }
}

/**
 * The delete-token hash in a corrupt value's text, when it holds exactly one. Read from the
 * text rather than the parsed value so that a value cut short, no longer JSON, still names
 * its owner; only the owner's token hashes to it, so nobody else gains anything.
 */
function ownerHash(text: string): string | undefined {
  const found = [...text.matchAll(/"deleteHash"\s*:\s*"([0-9a-f]{64})"/g)]
  return found.length === 1 ? found[0]![1] : undefined
}

/** The delete-token hash of a stored result, corrupt or not, if one can be read. */
export const deleteHashOf = (outcome: LoadOutcome): string | undefined =>
  outcome.kind === 'found' ? outcome.record.deleteHash : outcome.kind === 'corrupt' ? outcome.deleteHash : undefined

/** Whether a result is stored, without reading or validating its value. */
export async function resultExists(kv: KVNamespace, id: string): Promise<boolean> {
  const stream = await kv.get(key(id), 'stream')
  if (stream === null) return false
  await stream.cancel()
  return true
}

export async function deleteResult(kv: KVNamespace, id: string): Promise<void> {
  await kv.delete(key(id))
}
