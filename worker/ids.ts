import * as z from 'zod/mini'
import { RANDOM_ID_PATTERN, randomId } from '../contract/random-id'

/** Result, team and member ids (see random-id.ts for the format). */
export const ID_PATTERN = RANDOM_ID_PATTERN

/** The schema every id from a path, query or body goes through before any lookup. */
export const idParam = z.string().check(z.regex(ID_PATTERN))

export const newId = randomId

export const isId = (value: string): boolean => idParam.safeParse(value).success
