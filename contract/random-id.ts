/**
 * Ids (results, teams, members) and secret tokens share one format: 16 random bytes (128 bits),
 * base64url without padding, 22 characters. No imports, so browser code can use the pattern too.
 */
export const RANDOM_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/

export function base64url(bytes: Uint8Array): string {
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** 16 fresh random bytes in the shared format. */
export const randomId = (): string => base64url(crypto.getRandomValues(new Uint8Array(16)))
