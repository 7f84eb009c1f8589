import type { Context } from 'hono'
import { Hono } from 'hono/tiny'
import { content, type SettingId } from '../../model'
import { anchors } from '../../model/spectrum'
import { readForm } from '../body'
import { loadTeamPage } from '../lazy-modules'
import type { AppEnv } from '../env'
import { idParam, isId } from '../ids'
import { rateLimited } from '../rate-limit'
import { renderDocument } from '../render/document'
import { errorPage } from '../render/error-page'
import { loadResult } from '../store'
import { createTeamBody, joinBody, settingId } from '../team/schema'
import { adminPath, createTeam, joinPath, snapshot, teamStub } from '../team/service'
import type { TeamSnapshot } from '../team/team-object'
import { tokenMatches } from '../tokens'
import { areaNames } from './results'

/** Team pages: create from the landing page, the team map behind the join link, the admin view. */
export const teamPages = new Hono<AppEnv>()

const spectrumAnchors = anchors(content)
const settings = content.settings.map(({ id, name, summary }) => ({ id, name, summary }))

const text = (form: URLSearchParams, key: string) => form.get(key) ?? undefined

const whatIfSetting = (value: string | undefined): SettingId | undefined => {
  const parsed = value === undefined ? undefined : settingId.safeParse(value)
  return parsed?.success ? parsed.data : undefined
}

/** A result id from what a person pasted: the id itself, or a result link of any host. */
function resultIdFrom(input: string): string {
  if (isId(input)) return input
  try {
    return new URL(input).pathname.match(/^\/r\/([^/]+)\/?$/)?.[1] ?? input
  } catch {
    return input
  }
}

async function load(c: Context<AppEnv>, id: string, setting?: SettingId): Promise<TeamSnapshot | undefined> {
  if (!isId(id)) return undefined
  return (await teamStub(c.env, id).view(setting)) ?? undefined
}

interface Render {
  state: TeamSnapshot
  admin?: { token: string; isNew: boolean } | undefined
  notice?: string | undefined
  joinError?: Record<string, string>
  joinValues?: { result?: string; name?: string }
  status?: 200 | 400
}

async function render(c: Context<AppEnv>, r: Render) {
  const { renderTeamPage } = await loadTeamPage()
  const origin = new URL(c.req.url).origin
  const id = r.state.meta.id
  if (r.admin) {
    c.header('Referrer-Policy', 'no-referrer')
    c.header('Cache-Control', 'no-store')
  }
  return c.html(
    renderDocument({
      title: `${r.state.meta.name} · Team map · Role Spectrum`,
      description: `The ${r.state.meta.name} team on the spectrum of machine learning roles.`,
      noindex: true,
      body: {
        html: renderTeamPage({
          team: r.state.team,
          savedSetting: r.state.meta.setting,
          settings,
          areaNames,
          anchors: spectrumAnchors,
          joinUrl: `${origin}${joinPath(id)}`,
          admin: r.admin && { ...r.admin, adminUrl: `${origin}${adminPath(id, r.admin.token)}` },
          notice: r.notice,
          joinError: r.joinError,
          joinValues: r.joinValues,
        }),
      },
      scripts: ['team'],
    }),
    r.status ?? 200,
  )
}

teamPages.post('/', async (c) => {
  const body = await readForm(c)
  if (!body.ok) return body.response
  const form = body.form
  const parsed = createTeamBody.safeParse({ name: text(form, 'name') ?? '', setting: text(form, 'setting') ?? '' })
  if (!parsed.success) return errorPage(c, 400)
  if (await rateLimited(c, c.env.TEAM_LIMITER))
    return errorPage(c, 429, undefined, 'Too many teams were created from your address in the last minute. Please wait a minute and try again.')
  const { meta, token } = await createTeam(c.env, parsed.data)
  return c.redirect(`${adminPath(meta.id, token)}&new=1`, 303)
})

teamPages.get('/:id', async (c) => {
  const state = await load(c, c.req.param('id'), whatIfSetting(c.req.query('setting')))
  if (!state) return errorPage(c, 404)
  const joined = idParam.safeParse(c.req.query('joined'))
  const member = joined.success ? state.team.members.find((m) => m.memberId === joined.data) : undefined
  return render(c, { state, notice: member ? `Welcome, ${member.name}: you are on the map.` : undefined })
})

/** Joining from the form: a result link or id and a display name. */
teamPages.post('/:id/join', async (c) => {
  const state = await load(c, c.req.param('id'))
  if (!state) return errorPage(c, 404)
  const body = await readForm(c)
  if (!body.ok) return body.response
  const form = body.form
  const rawResult = (text(form, 'result') ?? '').trim()
  const resultId = resultIdFrom(rawResult)
  const name = text(form, 'name') ?? ''
  const values = { result: rawResult, name }
  const parsed = joinBody.safeParse({ resultId, name })
  const errors: Record<string, string> = {}
  if (!parsed.success)
    for (const issue of parsed.error.issues) errors[issue.path[0] === 'resultId' ? 'result' : 'name'] = issue.path[0] === 'resultId' ? 'This is not a result link or id.' : `The name ${issue.message}.`
  if (parsed.success) {
    const result = await loadResult(c.env.RESULTS, parsed.data.resultId)
    if (result.kind !== 'found') errors.result = result.kind === 'corrupt' ? 'This result could not be read.' : 'There is no result with this id.'
    else {
      const outcome = await teamStub(c.env, state.meta.id).join(snapshot(result.record, parsed.data.name))
      if (outcome.ok) return c.redirect(`${joinPath(state.meta.id)}?joined=${outcome.memberId}#members-title`, 303)
      errors.result = outcome.reason === 'duplicate' ? 'This result is already on the team.' : 'The team could not take another member.'
    }
  }
  return render(c, { state, joinError: errors, joinValues: values, status: 400 })
})

/** The admin view: the team map plus its private controls. */
async function adminState(c: Context<AppEnv>, token: string | undefined, setting?: SettingId) {
  const state = await load(c, c.req.param('id') ?? '', setting)
  if (!state) return { error: errorPage(c, 404) }
  if (!(await tokenMatches(token, state.meta.adminHash))) return { error: errorPage(c, 403) }
  return { state, token: token! }
}

teamPages.get('/:id/admin', async (c) => {
  const found = await adminState(c, c.req.query('token'), whatIfSetting(c.req.query('setting')))
  if (found.error) return found.error
  return render(c, { state: found.state, admin: { token: found.token, isNew: c.req.query('new') === '1' } })
})

teamPages.post('/:id/admin', async (c) => {
  const body = await readForm(c)
  if (!body.ok) return body.response
  const form = body.form
  const found = await adminState(c, text(form, 'token'))
  if (found.error) return found.error
  const stub = teamStub(c.env, found.state.meta.id)
  const action = text(form, 'action')
  let state: TeamSnapshot | null
  let notice: string
  if (action === 'setting') {
    const s = settingId.safeParse(text(form, 'setting'))
    if (!s.success) return errorPage(c, 400)
    state = await stub.setSetting(s.data)
    notice = 'Setting saved.'
  } else if (action === 'remove') {
    const memberId = idParam.safeParse(text(form, 'memberId'))
    if (!memberId.success) return errorPage(c, 400)
    const { removed, view } = await stub.remove(memberId.data)
    state = view
    notice = removed ? `${removed.name} was removed from the team.` : 'That member had already left.'
  } else if (action === 'delete') {
    await stub.destroy()
    return c.redirect('/?deleted=team', 303)
  } else return errorPage(c, 400)
  if (!state) return errorPage(c, 404)
  return render(c, { state, admin: { token: found.token, isNew: false }, notice })
})
