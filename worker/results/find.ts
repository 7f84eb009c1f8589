import type { Context } from 'hono'
import type { AppEnv } from '../env'
import { isId } from '../ids'
import { tokenMatches } from '../tokens'
import { resultRefusal } from './refusals'
import type { StoredResult } from './schema'
import { deleteHashOf, type LoadOutcome, loadResult } from './store'

/**
 * The result a route was asked about. Throws the refusal instead: 404 for an id that is
 * malformed or not stored, 500 for a stored value that cannot be read.
 */
export async function findResult(c: Context<AppEnv>, id: string): Promise<StoredResult> {
  const outcome = await lookUpResult(c, id)
  if (outcome.kind === 'found') return outcome.record
  throw resultRefusal(outcome.kind === 'corrupt' ? 500 : 404)
}

/**
 * Checks that `token` is the private token of result `id`; throws 404 or 403 when it is not.
 * A corrupt result passes while its token hash can be read, so that its owner can still delete it.
 */
export async function requireOwner(c: Context<AppEnv>, id: string, token: string | undefined): Promise<void> {
  const outcome = await lookUpResult(c, id)
  if (outcome.kind === 'missing') throw resultRefusal(404)
  if (!(await tokenMatches(token, deleteHashOf(outcome)))) throw resultRefusal(403)
}

/**
 * The result of `id` for its owner, in one read. Throws 404 when it is not stored, 403 when
 * `token` is not its private token, 500 when it cannot be read (its owner may still delete it).
 */
export async function findOwned(c: Context<AppEnv>, id: string, token: string | undefined): Promise<StoredResult> {
  const outcome = await lookUpResult(c, id)
  if (outcome.kind === 'missing') throw resultRefusal(404)
  if (!(await tokenMatches(token, deleteHashOf(outcome)))) throw resultRefusal(403)
  if (outcome.kind === 'corrupt') throw resultRefusal(500)
  return outcome.record
}

/** What KV holds for `id` (found, missing or corrupt), for a route that answers each its own way. */
export const lookUpResult = (c: Context<AppEnv>, id: string): Promise<LoadOutcome> =>
  isId(id) ? loadResult(c.env.RESULTS, id) : Promise.resolve({ kind: 'missing' })
