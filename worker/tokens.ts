import * as z from 'zod/mini'
import { RANDOM_ID_PATTERN, randomId } from '../contract/random-id'

/** Secret tokens, in the format of ids (see random-id.ts); only their SHA-256 is ever stored. */
export const TOKEN_PATTERN = RANDOM_ID_PATTERN
const tokenParam = z.string().check(z.regex(TOKEN_PATTERN))

export const newToken = randomId

/** Hex SHA-256 of a token, as stored. */
export async function hashToken(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/** Whether a presented token matches a stored hash, compared in constant time (workerd's own). */
export async function tokenMatches(token: string | undefined, storedHash: string | undefined): Promise<boolean> {
  if (!token || !storedHash || !tokenParam.safeParse(token).success) return false
  const a = new TextEncoder().encode(await hashToken(token))
  const b = new TextEncoder().encode(storedHash)
  return a.byteLength === b.byteLength && crypto.subtle.timingSafeEqual(a, b)
}

/** The token of an `Authorization: Bearer …` header. */
export const bearer = (header: string | undefined): string | undefined => header?.match(/^Bearer\s+(\S+)$/i)?.[1]
