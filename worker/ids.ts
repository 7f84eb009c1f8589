import * as z from 'zod/mini'
import { base64url } from './tokens'

/** Result, team and member ids: 16 random bytes (128 bits), base64url without padding: 22 characters. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{22}$/

/** The schema every id from a path or query goes through before any lookup. */
export const idParam = z.string().check(z.regex(ID_PATTERN))

export const newId = (): string => base64url(crypto.getRandomValues(new Uint8Array(16)))

export const isId = (value: string): boolean => idParam.safeParse(value).success
