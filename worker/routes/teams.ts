import type { Context } from 'hono'
import { Hono } from 'hono/tiny'
import type { AppEnv } from '../env'
import { isId } from '../ids'
import { rateLimited, RETRY_AFTER } from '../rate-limit'
import type { SettingId } from '../../model'
import { JOIN_REFUSALS, joinTeam, type JoinFailure } from '../team/join'
import { settingId, createTeamBody, joinBody, patchTeamBody, removeBody } from '../team/schema'
import { adminPath, createTeam, joinPath, keyOpens, teamStub } from '../team/service'
import { teamJson } from '../team/view'
import { bearer, newToken, tokenMatches } from '../tokens'
import { jsonBody } from '../validate'
import { Refusal } from '../refusal'

/** The team API: create, read, join, change setting, remove members, replace the join link, delete. */
export const teams = new Hono<AppEnv>()

const NO_TEAM = 'No team with this id.'

/** The team of the path's id; throws 404 when there is none. */
async function stateOf(c: Context<AppEnv>, setting?: SettingId) {
  const id = c.req.param('id') ?? ''
  const state = isId(id) ? await teamStub(c.env, id).view(setting) : undefined
  if (!state) throw new Refusal(404, NO_TEAM)
  return state
}

/** The team, for a request that carries its admin token (`Authorization: Bearer …`); throws 404 or 403. */
async function adminOf(c: Context<AppEnv>) {
  const state = await stateOf(c)
  if (!(await tokenMatches(bearer(c.req.header('authorization')), state.meta.adminHash)))
    throw new Refusal(403, 'This admin token is missing or wrong.')
  return state
}

function joinRefusal(c: Context<AppEnv>, reason: JoinFailure) {
  const r = JOIN_REFUSALS[reason]
  if (r.status === 429) c.header('Retry-After', String(RETRY_AFTER))
  return new Refusal(r.status, r.text, r.path ? [{ path: r.path, message: r.issue! }] : [])
}

teams.post('/', async (c) => {
  const body = await jsonBody(c, createTeamBody, 'The team is missing a name or a setting.', { name: 'team name' })
  if (await rateLimited(c, c.env.TEAM_LIMITER))
    throw new Refusal(429, `Too many teams from this address. Please wait ${RETRY_AFTER} seconds.`)
  const { meta, token } = await createTeam(c.env, body)
  return c.json(
    { id: meta.id, joinUrl: joinPath(meta.id), adminUrl: adminPath(meta.id, token), team: await teamJson(meta, []) },
    201,
  )
})

teams.get('/:id', async (c) => {
  const whatIf = c.req.query('setting')
  const s = whatIf === undefined ? undefined : settingId.safeParse(whatIf)
  if (s && !s.success) throw new Refusal(400, 'Unknown setting.', [{ path: 'setting', message: s.error.issues[0]!.message }])
  const state = await stateOf(c, s?.data)
  if (!(await keyOpens(state.meta, c.req.query('key')))) throw joinRefusal(c, 'bad-key')
  return c.json(state.team)
})

teams.post('/:id/members', async (c) => {
  const id = c.req.param('id')
  if (!isId(id)) throw new Refusal(404, NO_TEAM)
  const body = await jsonBody(c, joinBody, 'Joining needs a result id, its private token and a name.', { name: 'name' })
  if (await rateLimited(c, c.env.JOIN_LIMITER))
    throw new Refusal(429, `Too many joins from this address. Please wait ${RETRY_AFTER} seconds.`)
  const outcome = await joinTeam(c.env, id, body)
  if (!outcome.ok) throw joinRefusal(c, outcome.reason)
  return c.json({ memberId: outcome.memberId, team: outcome.view.team }, 201)
})

/** Removes several members at once (the admin's clean-up after unwanted joins). */
teams.post('/:id/members/remove', async (c) => {
  const state = await adminOf(c)
  const body = await jsonBody(c, removeBody, 'Name the members to remove.', {})
  const { removed, view } = await teamStub(c.env, state.meta.id).removeMany(body.memberIds, true)
  if (!view) throw new Refusal(404, NO_TEAM)
  return c.json({ removed: removed.map((m) => m.memberId), team: view.team })
})

/** A new join link: the old one stops opening the team; members stay. */
teams.post('/:id/join-link', async (c) => {
  const state = await adminOf(c)
  const key = newToken()
  const saved = await teamStub(c.env, state.meta.id).setJoinKey(key)
  if (!saved) throw new Refusal(404, NO_TEAM)
  return c.json({ joinUrl: joinPath(saved.meta.id, key) })
})

teams.patch('/:id', async (c) => {
  const state = await adminOf(c)
  const body = await jsonBody(c, patchTeamBody, 'Invalid setting.', {})
  const saved = await teamStub(c.env, state.meta.id).setSetting(body.setting)
  if (!saved) throw new Refusal(404, NO_TEAM)
  return c.json(saved.team)
})

/** Removing a member: the admin token, or the member's own result delete token (leaving). */
teams.delete('/:id/members/:memberId', async (c) => {
  const state = await stateOf(c)
  const memberId = c.req.param('memberId')
  const owner = await teamStub(c.env, state.meta.id).ownerHash(memberId)
  const token = bearer(c.req.header('authorization'))
  const byLead = await tokenMatches(token, state.meta.adminHash)
  const allowed = byLead || (owner !== null && (await tokenMatches(token, owner)))
  if (!allowed) throw new Refusal(403, 'Removing a member needs the admin token or the member’s own delete token.')
  if (owner === null) throw new Refusal(404, 'No such member.')
  // Removed by the lead: the result waits a day before it can join again; a member who leaves does not.
  await teamStub(c.env, state.meta.id).remove(memberId, byLead)
  return c.body(null, 204)
})

teams.delete('/:id', async (c) => {
  const state = await adminOf(c)
  await teamStub(c.env, state.meta.id).destroy()
  return c.body(null, 204)
})
