import type { Context } from 'hono'
import { Hono } from 'hono/tiny'
import { scoringContent as content } from '../../model/content/scoring'
import type { SettingId } from '../../model/types'
import { anchors } from '../../model/spectrum'
import { quizMinutes } from '../../model/content/timing'
import { readForm } from '../body'
import { loadTeamPage } from '../lazy-modules'
import type { AppEnv } from '../env'
import { Refusal } from '../refusal'
import { idParam, isId } from '../ids'
import { rateLimited } from '../rate-limit'
import { renderDocument } from '../render/document'
import { inviteCard } from '../render/invite-card'
import { markPrivate } from '../render/private-page'
import { errorPage } from '../render/error-page'
import { JOIN_REFUSALS, joinTeam } from '../team/join'
import { createTeamBody, joinBody, settingId } from '../team/schema'
import { adminPath, createTeam, joinPath, keyOpens, teamStub } from '../team/service'
import type { LoadedTeam } from '../team/team-object'
import { newToken, tokenMatches } from '../tokens'
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

/**
 * The result id and private token in what a person pasted: their result's private (delete)
 * link of any host, or else a result link or a bare id (which lack the token).
 */
function privateLink(input: string): { resultId: string; token?: string } {
  if (isId(input)) return { resultId: input }
  try {
    const url = new URL(input, 'https://x')
    const token = url.searchParams.get('token') ?? undefined
    return { resultId: url.pathname.match(/^\/r\/([^/]+)(?:\/delete)?\/?$/)?.[1] ?? input, ...(token ? { token } : {}) }
  } catch {
    return { resultId: input }
  }
}

const REPLACED = JOIN_REFUSALS['bad-key'].text

async function load(c: Context<AppEnv>, id: string, setting?: SettingId): Promise<LoadedTeam | undefined> {
  if (!isId(id)) return undefined
  return (await teamStub(c.env, id).view(setting)) ?? undefined
}

interface Render {
  state: LoadedTeam
  admin?: { token: string; isNew: boolean } | undefined
  notice?: string | undefined
  joinError?: Record<string, string>
  joinValues?: { result?: string; name?: string }
  status?: 200 | 400 | 403 | 409 | 429 | 500
}

async function render(c: Context<AppEnv>, r: Render) {
  const { teamPage } = await loadTeamPage()
  const origin = new URL(c.req.url).origin
  const id = r.state.meta.id
  if (r.admin) markPrivate(c)
  // A join link with a key is half a secret: links out of the page must not carry it as a referrer.
  else if (r.state.meta.joinKey) c.header('Referrer-Policy', 'no-referrer')
  return c.html(
    renderDocument({
      title: `${r.state.meta.name} · Team map · Role Spectrum`,
      description: `The ${r.state.meta.name} team on the spectrum of machine learning roles.`,
      noindex: true,
      // The join link is what a team lead posts in the team's chat: its preview names the team and
      // says what joining takes. Never for the admin link, which must not be passed around.
      ...(r.admin
        ? {}
        : {
            social: {
              title: `Join ${r.state.meta.name} on Role Spectrum`,
              description: `Take the quiz (${quizMinutes}), then add your result to the ${r.state.meta.name} team map: who covers which role, and who to hire next.`,
              url: c.req.url,
              ...inviteCard(origin),
            },
          }),
      body: teamPage({
        team: r.state.team,
        savedSetting: r.state.meta.setting,
        settings,
        areaNames,
        anchors: spectrumAnchors,
        joinUrl: `${origin}${joinPath(id, r.state.meta.joinKey)}`,
        joinKey: r.state.meta.joinKey,
        admin: r.admin && { ...r.admin, adminUrl: `${origin}${adminPath(id, r.admin.token)}` },
        notice: r.notice,
        joinError: r.joinError,
        joinValues: r.joinValues,
      }),
      scripts: ['team'],
    }),
    r.status ?? 200,
  )
}

teamPages.post('/', async (c) => {
  const form = await readForm(c)
  const parsed = createTeamBody.safeParse({ name: text(form, 'name') ?? '', setting: text(form, 'setting') ?? '' })
  if (!parsed.success) return errorPage(c, 400)
  if (await rateLimited(c, c.env.TEAM_LIMITER))
    return errorPage(
      c,
      429,
      undefined,
      'Too many teams were created from your address in the last minute. Please wait a minute and try again.',
    )
  const { meta, token } = await createTeam(c.env, parsed.data)
  return c.redirect(`${adminPath(meta.id, token)}&new=1`, 303)
})

teamPages.get('/:id', async (c) => {
  const state = await load(c, c.req.param('id'), whatIfSetting(c.req.query('setting')))
  if (!state) return errorPage(c, 404)
  if (!(await keyOpens(state.meta, c.req.query('key')))) return errorPage(c, 403, undefined, REPLACED)
  const joined = idParam.safeParse(c.req.query('joined'))
  const member = joined.success ? state.team.members.find((m) => m.memberId === joined.data) : undefined
  return render(c, { state, notice: member ? `Welcome, ${member.name}: you are on the map.` : undefined })
})

/**
 * Joining from the form: the result's private link (or, from the result page, its id and the
 * token the creating browser kept) and a display name.
 */
teamPages.post('/:id/join', async (c) => {
  const state = await load(c, c.req.param('id'))
  if (!state) return errorPage(c, 404)
  const form = await readForm(c)
  const key = text(form, 'key') || undefined
  if (!(await keyOpens(state.meta, key))) return errorPage(c, 403, undefined, REPLACED)
  const rawResult = (text(form, 'result') ?? '').trim()
  const link = privateLink(rawResult)
  const name = text(form, 'name') ?? ''
  const values = { result: rawResult, name }
  const parsed = joinBody.safeParse({ resultId: link.resultId, token: text(form, 'token') || link.token || '', name })
  const errors: Record<string, string> = {}
  let status: Render['status'] = 400
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const field = issue.path[0]
      if (field === 'name') errors.name = `The name ${issue.message}.`
      else
        errors.result ??=
          field === 'resultId'
            ? 'This is not a private link of a result.'
            : 'Paste your result’s private link: a result link alone does not show that the result is yours.'
    }
  else if (await rateLimited(c, c.env.JOIN_LIMITER)) {
    errors.form = 'Too many joins came from your address in the last minute. Please wait a minute and try again.'
    status = 429
  } else {
    const outcome = await joinTeam(c.env, state.meta.id, { ...parsed.data, key })
    if (outcome.ok) return c.redirect(`${joinPath(state.meta.id, key)}${key ? '&' : '?'}joined=${outcome.memberId}#welcome`, 303)
    if (outcome.reason === 'no-team') return errorPage(c, 404)
    const refusal = JOIN_REFUSALS[outcome.reason]
    errors[refusal.path === 'resultId' || refusal.path === 'token' ? 'result' : 'form'] = refusal.text
    status = refusal.status as Render['status']
  }
  // The form may echo a private link back: keep this answer out of caches.
  c.header('Cache-Control', 'no-store')
  return render(c, { state, joinError: errors, joinValues: values, status })
})

/** The admin view: the team map plus its private controls. */
async function adminState(c: Context<AppEnv>, token: string | undefined, setting?: SettingId) {
  const state = await load(c, c.req.param('id') ?? '', setting)
  if (!state) throw new Refusal(404, 'No team with this id.')
  if (!(await tokenMatches(token, state.meta.adminHash))) throw new Refusal(403, 'This admin link is incomplete or wrong.')
  return { state, token: token! }
}

teamPages.get('/:id/admin', async (c) => {
  const found = await adminState(c, c.req.query('token'), whatIfSetting(c.req.query('setting')))
  return render(c, { state: found.state, admin: { token: found.token, isNew: c.req.query('new') === '1' } })
})

teamPages.post('/:id/admin', async (c) => {
  const form = await readForm(c)
  const found = await adminState(c, text(form, 'token'))
  const stub = teamStub(c.env, found.state.meta.id)
  const action = text(form, 'action')
  let state: LoadedTeam | null
  let notice: string
  if (action === 'setting') {
    const s = settingId.safeParse(text(form, 'setting'))
    if (!s.success) return errorPage(c, 400)
    state = await stub.setSetting(s.data)
    notice = 'Setting saved.'
  } else if (action === 'remove') {
    // One member from a row's own button, or every ticked member from "Remove selected".
    const memberIds = form.getAll('memberId')
    if (!memberIds.every((id) => isId(id))) return errorPage(c, 400)
    const { removed, view } = await stub.removeMany(memberIds, true)
    state = view
    notice =
      removed.length > 1
        ? `${removed.length} members were removed from the team.`
        : removed.length
          ? `${removed[0]!.name} was removed from the team.`
          : memberIds.length
            ? 'That member had already left.'
            : 'Select the members to remove first.'
  } else if (action === 'new-link') {
    state = await stub.setJoinKey(newToken())
    notice = 'The join link was replaced: the old link no longer opens the team, and everyone on it stays. Share the new link.'
  } else if (action === 'delete') {
    await stub.destroy()
    return c.redirect('/?deleted=team', 303)
  } else return errorPage(c, 400)
  if (!state) return errorPage(c, 404)
  return render(c, { state, admin: { token: found.token, isNew: false }, notice })
})
