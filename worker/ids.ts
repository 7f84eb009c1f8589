import { base64url } from './tokens'

/** Result ids: 16 random bytes (128 bits), base64url without padding: 22 characters. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{22}$/

export const newId = (): string => base64url(crypto.getRandomValues(new Uint8Array(16)))

export const isId = (value: string): boolean => ID_PATTERN.test(value)
