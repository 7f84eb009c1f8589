import type { SettingId } from '../../model'
import { memberOf } from '../../model/team/members'
import { newId } from '../ids'
import type { StoredResult } from '../results/schema'
import { hashToken, newToken, tokenMatches } from '../tokens'
import type { MemberRecord, TeamMeta } from './schema'

/** The Durable Object of a team id (an unguessable 22-character id, checked by the caller). */
export const teamStub = (env: Cloudflare.Env, id: string) => env.TEAMS.get(env.TEAMS.idFromName(id))

/** The team's join link: its id, plus the join key once the lead has replaced the first link. */
export const joinPath = (id: string, key?: string) => `/t/${id}${key ? `?key=${key}` : ''}`
export const adminPath = (id: string, token: string) => `/t/${id}/admin?token=${token}`

/** Whether a presented join key opens the team: any does until the lead sets one. */
export const keyOpens = async (meta: TeamMeta, key: string | undefined): Promise<boolean> =>
  !meta.joinKey || tokenMatches(key, await hashToken(meta.joinKey))

/** Creates a team and its private admin token (only the token's hash is stored). */
export async function createTeam(env: Cloudflare.Env, input: { name: string; setting: SettingId }) {
  const token = newToken()
  const meta: TeamMeta = {
    id: newId(),
    name: input.name,
    setting: input.setting,
    createdAt: new Date().toISOString(),
    adminHash: await hashToken(token),
  }
  if (!(await teamStub(env, meta.id).create(meta))) throw new Error('team id collision')
  return { meta, token }
}

/** The part of a result a team keeps about a member (model/team memberOf), and the hash that lets its owner leave. */
export function snapshot(record: StoredResult, name: string): MemberRecord {
  return {
    ...memberOf(record.result, { memberId: newId(), name, resultId: record.id, joinedAt: new Date().toISOString() }),
    ...(record.deleteHash ? { ownerHash: record.deleteHash } : {}),
  }
}
