import * as z from 'zod/mini'

/** Secret tokens: 16 random bytes (128 bits), base64url; only their SHA-256 is ever stored. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{22}$/
const tokenParam = z.string().check(z.regex(TOKEN_PATTERN))

export function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return base64url(bytes)
}

export function base64url(bytes: Uint8Array): string {
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** Hex SHA-256 of a token, as stored. */
export async function hashToken(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/** Whether a presented token matches a stored hash, compared in constant time. */
export async function tokenMatches(token: string | undefined, storedHash: string | undefined): Promise<boolean> {
  if (!token || !storedHash || !tokenParam.safeParse(token).success) return false
  const a = new TextEncoder().encode(await hashToken(token))
  const b = new TextEncoder().encode(storedHash)
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!
  return diff === 0
}

/** The token of an `Authorization: Bearer …` header. */
export const bearer = (header: string | undefined): string | undefined => header?.match(/^Bearer\s+(\S+)$/i)?.[1]
