import { type SourceRecord, sourceRecord } from './schema'

/** Keys carry a versioned prefix, like results (worker/results/store.ts). */
export const sourceKey = (tag: string): string => `v1:source:${tag}`
export const cohortKey = (tag: string): string => `v1:cohort:${tag}`

/** Writes a new source. Never reads first: a read of a missing key is cached as "not found". */
export async function saveSource(kv: KVNamespace, tag: string, record: SourceRecord): Promise<void> {
  await kv.put(sourceKey(tag), JSON.stringify(record))
}

/** A stored source, or undefined when there is none (or what is stored cannot be read). */
export async function loadSource(kv: KVNamespace, tag: string): Promise<SourceRecord | undefined> {
  const text = await kv.get(sourceKey(tag))
  if (text === null) return undefined
  let parsed: ReturnType<typeof sourceRecord.safeParse> | undefined
  try {
    parsed = sourceRecord.safeParse(JSON.parse(text))
  } catch {}
  if (parsed?.success) return parsed.data
  console.error(`stored source ${tag} is corrupt`)
  return undefined
}

/** Deletes a source and its kept figures. Its anonymous rows in D1 stay, and are no longer viewable. */
export async function deleteSource(kv: KVNamespace, tag: string): Promise<void> {
  await Promise.all([kv.delete(sourceKey(tag)), kv.delete(cohortKey(tag))])
}
