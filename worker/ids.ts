/** Result ids: 16 random bytes (128 bits), base64url without padding: 22 characters. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{22}$/

export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

export const isId = (value: string): boolean => ID_PATTERN.test(value)
