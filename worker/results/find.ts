import type { Context } from 'hono'
import type { AppEnv } from '../env'
import { isId } from '../ids'
import { tokenMatches } from '../tokens'
import { type Answer, refuse } from './answer'
import type { StoredResult } from './schema'
import { deleteHashOf, type LoadOutcome, loadResult } from './store'

export type Found = { record: StoredResult; error?: undefined } | { error: Response }

/**
 * Loads the result a route was asked about, or the answer to give instead: 404 for an id that
 * is malformed or not stored, 500 for a stored value that cannot be read.
 */
export async function findResult(c: Context<AppEnv>, id: string, answer: Answer): Promise<Found> {
  const outcome = await loadById(c, id)
  if (outcome.kind === 'found') return { record: outcome.record }
  return { error: refuse(c, answer, outcome.kind === 'corrupt' ? 500 : 404) }
}

/**
 * Checks that `token` is the private token of result `id`: the refusal (404, 403) when it is
 * not, else nothing. A corrupt result passes too while its token hash can be read, so that
 * its owner can still delete it.
 */
export async function refuseUnlessOwner(
  c: Context<AppEnv>,
  id: string,
  token: string | undefined,
  answer: Answer,
): Promise<Response | undefined> {
  const outcome = await loadById(c, id)
  if (outcome.kind === 'missing') return refuse(c, answer, 404)
  if (!(await tokenMatches(token, deleteHashOf(outcome)))) return refuse(c, answer, 403)
  return undefined
}

/**
 * The result of `id` for its owner, in one read: 404 when it is not stored, 403 when `token`
 * is not its private token, 500 when it cannot be read (its owner may still delete it).
 */
export async function findOwned(c: Context<AppEnv>, id: string, token: string | undefined, answer: Answer): Promise<Found> {
  const outcome = await loadById(c, id)
  if (outcome.kind === 'missing') return { error: refuse(c, answer, 404) }
  if (!(await tokenMatches(token, deleteHashOf(outcome)))) return { error: refuse(c, answer, 403) }
  if (outcome.kind === 'corrupt') return { error: refuse(c, answer, 500) }
  return { record: outcome.record }
}

const loadById = (c: Context<AppEnv>, id: string): Promise<LoadOutcome> =>
  isId(id) ? loadResult(c.env.RESULTS, id) : Promise.resolve({ kind: 'missing' })
