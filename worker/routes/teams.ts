import type { Context } from 'hono'
import { Hono } from 'hono/tiny'
import { readJson } from '../body'
import type { AppEnv } from '../env'
import { apiError } from '../errors'
import { isId } from '../ids'
import { rateLimited, RETRY_AFTER } from '../rate-limit'
import type { SettingId } from '../../model'
import { JOIN_REFUSALS, joinTeam, type JoinFailure } from '../team/join'
import { settingId, createTeamBody, joinBody, patchTeamBody, removeBody } from '../team/schema'
import { adminPath, createTeam, joinPath, keyOpens, teamStub } from '../team/service'
import { teamJson } from '../team/view'
import { bearer, newToken, tokenMatches } from '../tokens'
import { errorLine, toIssues } from '../validate'

/** The team API: create, read, join, change setting, remove members, replace the join link, delete. */
export const teams = new Hono<AppEnv>()

const NO_TEAM = 'No team with this id.'

async function stateOf(c: Context<AppEnv>, setting?: SettingId) {
  const id = c.req.param('id') ?? ''
  if (!isId(id)) return { error: apiError(c, 404, NO_TEAM) }
  const state = await teamStub(c.env, id).view(setting)
  return state ? { state } : { error: apiError(c, 404, NO_TEAM) }
}

/** The team, for a request that carries its admin token (`Authorization: Bearer …`). */
async function adminOf(c: Context<AppEnv>) {
  const found = await stateOf(c)
  if (found.state && !(await tokenMatches(bearer(c.req.header('authorization')), found.state.meta.adminHash)))
    return { error: apiError(c, 403, 'This admin token is missing or wrong.') }
  return found
}

function refusal(c: Context<AppEnv>, reason: JoinFailure) {
  const r = JOIN_REFUSALS[reason]
  if (r.status === 429) c.header('Retry-After', String(RETRY_AFTER))
  return apiError(c, r.status, r.text, r.path ? [{ path: r.path, message: r.issue! }] : [])
}

teams.post('/', async (c) => {
  const body = await readJson(c)
  if (!body.ok) return body.response
  const parsed = createTeamBody.safeParse(body.value)
  if (!parsed.success) {
    const issues = toIssues(parsed.error, body.value)
    return apiError(c, 400, errorLine(issues, 'The team is missing a name or a setting.', { name: 'team name' }), issues)
  }
  if (await rateLimited(c, c.env.TEAM_LIMITER))
    return apiError(c, 429, `Too many teams from this address. Please wait ${RETRY_AFTER} seconds.`)
  const { meta, token } = await createTeam(c.env, parsed.data)
  return c.json(
    { id: meta.id, joinUrl: joinPath(meta.id), adminUrl: adminPath(meta.id, token), team: await teamJson(meta, []) },
    201,
  )
})

teams.get('/:id', async (c) => {
  const whatIf = c.req.query('setting')
  const s = whatIf === undefined ? undefined : settingId.safeParse(whatIf)
  if (s && !s.success) return apiError(c, 400, 'Unknown setting.', [{ path: 'setting', message: s.error.issues[0]!.message }])
  const found = await stateOf(c, s?.data)
  if (found.error) return found.error
  if (!(await keyOpens(found.state.meta, c.req.query('key')))) return refusal(c, 'bad-key')
  return c.json(found.state.team)
})

teams.post('/:id/members', async (c) => {
  const id = c.req.param('id')
  if (!isId(id)) return apiError(c, 404, NO_TEAM)
  const body = await readJson(c)
  if (!body.ok) return body.response
  const parsed = joinBody.safeParse(body.value)
  if (!parsed.success) {
    const issues = toIssues(parsed.error, body.value)
    return apiError(
      c,
      400,
      errorLine(issues, 'Joining needs a result id, its private token and a name.', { name: 'name' }),
      issues,
    )
  }
  if (await rateLimited(c, c.env.JOIN_LIMITER))
    return apiError(c, 429, `Too many joins from this address. Please wait ${RETRY_AFTER} seconds.`)
  const outcome = await joinTeam(c.env, id, parsed.data)
  return outcome.ok ? c.json({ memberId: outcome.memberId, team: outcome.view.team }, 201) : refusal(c, outcome.reason)
})

/** Removes several members at once (the admin's clean-up after unwanted joins). */
teams.post('/:id/members/remove', async (c) => {
  const found = await adminOf(c)
  if (found.error) return found.error
  const body = await readJson(c)
  if (!body.ok) return body.response
  const parsed = removeBody.safeParse(body.value)
  if (!parsed.success) return apiError(c, 400, 'Name the members to remove.', toIssues(parsed.error, body.value))
  const { removed, view } = await teamStub(c.env, found.state.meta.id).removeMany(parsed.data.memberIds, true)
  return view ? c.json({ removed: removed.map((m) => m.memberId), team: view.team }) : apiError(c, 404, NO_TEAM)
})

/** A new join link: the old one stops opening the team; members stay. */
teams.post('/:id/join-link', async (c) => {
  const found = await adminOf(c)
  if (found.error) return found.error
  const key = newToken()
  const saved = await teamStub(c.env, found.state.meta.id).setJoinKey(key)
  return saved ? c.json({ joinUrl: joinPath(saved.meta.id, key) }) : apiError(c, 404, NO_TEAM)
})

teams.patch('/:id', async (c) => {
  const found = await adminOf(c)
  if (found.error) return found.error
  const body = await readJson(c)
  if (!body.ok) return body.response
  const parsed = patchTeamBody.safeParse(body.value)
  if (!parsed.success) return apiError(c, 400, 'Invalid setting.', toIssues(parsed.error, body.value))
  const saved = await teamStub(c.env, found.state.meta.id).setSetting(parsed.data.setting)
  return saved ? c.json(saved.team) : apiError(c, 404, NO_TEAM)
})

/** Removing a member: the admin token, or the member's own result delete token (leaving). */
teams.delete('/:id/members/:memberId', async (c) => {
  const found = await stateOf(c)
  if (found.error) return found.error
  const memberId = c.req.param('memberId')
  const owner = await teamStub(c.env, found.state.meta.id).ownerHash(memberId)
  const token = bearer(c.req.header('authorization'))
  const byLead = await tokenMatches(token, found.state.meta.adminHash)
  const allowed = byLead || (owner !== null && (await tokenMatches(token, owner)))
  if (!allowed) return apiError(c, 403, 'Removing a member needs the admin token or the member’s own delete token.')
  if (owner === null) return apiError(c, 404, 'No such member.')
  // Removed by the lead: the result waits a day before it can join again; a member who leaves does not.
  await teamStub(c.env, found.state.meta.id).remove(memberId, byLead)
  return c.body(null, 204)
})

teams.delete('/:id', async (c) => {
  const found = await adminOf(c)
  if (found.error) return found.error
  await teamStub(c.env, found.state.meta.id).destroy()
  return c.body(null, 204)
})
