import { loadResult } from '../results/store'
import { tokenMatches } from '../tokens'
import type { StoredResult } from '../results/schema'
import { LEAVE_BATCH, resultTeams } from './result-teams'
import { snapshot, teamStub } from './service'
import type { JoinRefusal, LoadedTeam } from './team-object'

export type JoinFailure = JoinRefusal | 'no-result' | 'unreadable' | 'bad-token'

export interface JoinInput {
  resultId: string
  /** The result's private (delete) token: proof that the result is the joiner's own. */
  token: string
  name: string
  key?: string | undefined
}

/** How the API and the join form answer each refusal: status, the field at fault, and words. */
export const JOIN_REFUSALS: Record<
  JoinFailure,
  { status: 400 | 403 | 404 | 409 | 429 | 500; path?: 'resultId' | 'token' | 'key'; issue?: string; text: string }
> = {
  'no-team': { status: 404, text: 'No team with this id.' },
  'bad-key': {
    status: 403,
    path: 'key',
    issue: 'is not the current join key',
    text: 'This join link has been replaced. Ask the team lead for the new one.',
  },
  'no-result': { status: 400, path: 'resultId', issue: 'no result with this id', text: 'No result with this id.' },
  // Stored but not JSON or not valid (see loadResult): said as it is, like GET /api/results/{id}.
  unreadable: { status: 500, path: 'resultId', issue: 'could not be read', text: 'This result could not be read.' },
  'bad-token': {
    status: 403,
    path: 'token',
    issue: 'is not the private token of this result',
    text: 'This is not the private link of that result: only the person who made a result can put it on a team.',
  },
  duplicate: { status: 409, path: 'resultId', issue: 'already a member', text: 'This result has already joined the team.' },
  full: { status: 409, text: 'This team is full.' },
  busy: { status: 429, text: 'Many people joined this team in the last minute. Please wait a minute and try again.' },
  removed: {
    status: 403,
    path: 'resultId',
    issue: 'was removed from this team by its lead',
    text: 'The team lead removed this result from the team. It can join again after a day, or ask the lead.',
  },
}

/**
 * Puts a result on a team for its owner: the result must exist and the token must be its own.
 * The team is written first and the result's list of teams second; a deletion of the result
 * that started in between has closed that list, and then the new member is taken off again,
 * so a deleted result can never stay behind on a team.
 */
export async function joinTeam(
  env: Cloudflare.Env,
  teamId: string,
  input: JoinInput,
): Promise<{ ok: true; memberId: string; view: LoadedTeam } | { ok: false; reason: JoinFailure }> {
  const result = await loadResult(env.RESULTS, input.resultId)
  if (result.kind === 'corrupt') return { ok: false, reason: 'unreadable' }
  if (result.kind !== 'found') return { ok: false, reason: 'no-result' }
  if (!(await tokenMatches(input.token, result.record.deleteHash))) return { ok: false, reason: 'bad-token' }
  const team = teamStub(env, teamId)
  const outcome = await team.join(snapshot(result.record, input.name), input.key)
  if (!outcome.ok) return outcome
  let listed = false
  try {
    listed = await resultTeams(env, input.resultId).add(teamId)
  } finally {
    if (!listed) await team.remove(outcome.memberId)
  }
  return listed ? { ok: true, memberId: outcome.memberId, view: outcome.view } : { ok: false, reason: 'no-result' }
}

/**
 * Takes a result off the teams it joined and stops it joining more; before it is deleted. The
 * first LEAVE_BATCH teams are left here, any others by the result's own object in batches
 * (worker/team/result-teams.ts), within seconds.
 */
export async function leaveAllTeams(env: Cloudflare.Env, resultId: string): Promise<void> {
  const teams = await resultTeams(env, resultId).close(resultId)
  await Promise.all(teams.map((teamId) => teamStub(env, teamId).removeResult(resultId)))
}

/**
 * Brings every team a result is on up to date after the result was scored again (the owner
 * answered the rest of the quiz): each keeps the member under the same name, now credited with
 * every skill. A result on more than LEAVE_BATCH teams updates the first LEAVE_BATCH.
 */
export async function refreshTeams(env: Cloudflare.Env, record: StoredResult): Promise<void> {
  const teams = (await resultTeams(env, record.id).teams()).slice(0, LEAVE_BATCH)
  const scored = snapshot(record, '')
  await Promise.all(teams.map((teamId) => teamStub(env, teamId).refreshResult(record.id, scored)))
}
