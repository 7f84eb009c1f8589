import type { Context } from 'hono'
import { Hono } from 'hono/tiny'
import { readJson } from '../body'
import type { AppEnv } from '../env'
import { apiError } from '../errors'
import { isId } from '../ids'
import { rateLimited, RETRY_AFTER } from '../rate-limit'
import { loadResult } from '../store'
import type { SettingId } from '../../model'
import { settingId, createTeamBody, joinBody, patchTeamBody } from '../team/schema'
import { adminPath, createTeam, joinPath, snapshot, teamStub } from '../team/service'
import { teamJson } from '../team/view'
import { bearer, tokenMatches } from '../tokens'
import { errorLine, toIssues } from '../validate'

/** The team API: create, read, join, change setting, remove members, delete. */
export const teams = new Hono<AppEnv>()

const NO_TEAM = 'No team with this id.'

async function stateOf(c: Context<AppEnv>, setting?: SettingId) {
  const id = c.req.param('id') ?? ''
  if (!isId(id)) return { error: apiError(c, 404, NO_TEAM) }
  const state = await teamStub(c.env, id).view(setting)
  return state ? { state } : { error: apiError(c, 404, NO_TEAM) }
}

teams.post('/', async (c) => {
  const body = await readJson(c)
  if (!body.ok) return body.response
  const parsed = createTeamBody.safeParse(body.value)
  if (!parsed.success) {
    const issues = toIssues(parsed.error, body.value)
    return apiError(c, 400, errorLine(issues, 'The team is missing a name or a setting.', { name: 'team name' }), issues)
  }
  if (await rateLimited(c, c.env.TEAM_LIMITER)) return apiError(c, 429, `Too many teams from this address. Please wait ${RETRY_AFTER} seconds.`)
  const { meta, token } = await createTeam(c.env, parsed.data)
  return c.json({ id: meta.id, joinUrl: joinPath(meta.id), adminUrl: adminPath(meta.id, token), team: teamJson(meta, []) }, 201)
})

teams.get('/:id', async (c) => {
  const whatIf = c.req.query('setting')
  const s = whatIf === undefined ? undefined : settingId.safeParse(whatIf)
  if (s && !s.success) return apiError(c, 400, 'Unknown setting.', [{ path: 'setting', message: s.error.issues[0]!.message }])
  const found = await stateOf(c, s?.data)
  if (found.error) return found.error
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
    return apiError(c, 400, errorLine(issues, 'Joining needs a result id and a name.', { name: 'name' }), issues)
  }
  const result = await loadResult(c.env.RESULTS, parsed.data.resultId)
  if (result.kind === 'corrupt') return apiError(c, 500, 'This result could not be read.', [{ path: 'resultId', message: 'could not be read' }])
  if (result.kind !== 'found') return apiError(c, 400, 'No result with this id.', [{ path: 'resultId', message: 'no result with this id' }])
  const outcome = await teamStub(c.env, id).join(snapshot(result.record, parsed.data.name))
  if (!outcome.ok) {
    if (outcome.reason === 'no-team') return apiError(c, 404, NO_TEAM)
    if (outcome.reason === 'duplicate') return apiError(c, 409, 'This result has already joined the team.', [{ path: 'resultId', message: 'already a member' }])
    return apiError(c, 409, 'This team is full.')
  }
  return c.json({ memberId: outcome.memberId, team: outcome.view.team }, 201)
})

teams.patch('/:id', async (c) => {
  const found = await stateOf(c)
  if (found.error) return found.error
  if (!(await tokenMatches(bearer(c.req.header('authorization')), found.state.meta.adminHash)))
    return apiError(c, 403, 'This admin token is missing or wrong.')
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
  const allowed = (await tokenMatches(token, found.state.meta.adminHash)) || (owner !== null && (await tokenMatches(token, owner)))
  if (!allowed) return apiError(c, 403, 'Removing a member needs the admin token or the member’s own delete token.')
  if (owner === null) return apiError(c, 404, 'No such member.')
  await teamStub(c.env, found.state.meta.id).remove(memberId)
  return c.body(null, 204)
})

teams.delete('/:id', async (c) => {
  const found = await stateOf(c)
  if (found.error) return found.error
  if (!(await tokenMatches(bearer(c.req.header('authorization')), found.state.meta.adminHash)))
    return apiError(c, 403, 'This admin token is missing or wrong.')
  await teamStub(c.env, found.state.meta.id).destroy()
  return c.body(null, 204)
})
