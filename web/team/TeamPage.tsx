import type { AreaId, SettingId, SpectrumAnchor } from '../../model/types'
import type { TeamView } from '../../model/team'
import { Layout } from '../pages/Layout'
import { TextField } from '../pages/TextField'
import { AreaChart } from '../result/AreaChart'
import { roleInSentence } from '../result/format'
import { TeamSpectrum } from './TeamSpectrum'

export interface TeamPageData extends Omit<TeamView, 'setting'> {
  id: string
  name: string
  setting: SettingId
}

export interface TeamPageProps {
  team: TeamPageData
  /** The setting saved for the team (team.setting may be a what-if). */
  savedSetting: SettingId
  settings: { id: SettingId; name: string; summary: string }[]
  areaNames: { id: AreaId; name: string }[]
  anchors: SpectrumAnchor[]
  joinUrl: string
  /** The key in the join link, once the lead has replaced the first link; forms carry it on. */
  joinKey?: string | undefined
  admin?: { token: string; adminUrl: string; isNew: boolean } | undefined
  notice?: string | undefined
  joinError?: Record<string, string> | undefined
  joinValues?: { result?: string; name?: string } | undefined
}

const where = (p: number) =>
  p < 0.2 ? 'engineering end' : p > 0.8 ? 'science end' : p < 0.45 ? 'engineering side' : p > 0.55 ? 'science side' : 'middle'

/** A whole team on the spectrum, against what its setting needs, and who to hire next. */
export function TeamPage({
  team,
  savedSetting,
  settings,
  areaNames,
  anchors,
  joinUrl,
  joinKey,
  admin,
  notice,
  joinError,
  joinValues,
}: TeamPageProps) {
  const whatIf = team.setting !== savedSetting
  const setting = settings.find((s) => s.id === team.setting)!
  const base = admin ? `/t/${team.id}/admin` : `/t/${team.id}`
  const keyField = joinKey && <input type="hidden" name="key" value={joinKey} />
  return (
    <Layout wide>
      <article class="team">
        <header class="result-hero">
          <p class="eyebrow">Team map{admin ? ' · admin' : ''}</p>
          <h1>{team.name}</h1>
          <p class="lead">
            {team.members.length === 1 ? '1 member' : `${team.members.length} members`} · {setting.name}
            {whatIf && ' (what if)'}
          </p>
        </header>

        {notice && (
          <p class="notice" role="status">
            {notice}
          </p>
        )}

        {admin && (
          <section class="card" aria-labelledby="links-title">
            <h2 id="links-title">{admin.isNew ? 'Your team is ready' : 'Links'}</h2>
            <p>
              Share the join link with your team. Keep the admin link to yourself: it is the only way to change or delete the
              team, and it is shown only to you.
            </p>
            <CopyField id="join-url" label="Join link" value={joinUrl} />
            <CopyField id="admin-url" label="Admin link (private)" value={admin.adminUrl} />
          </section>
        )}

        <section class="card next-hire" aria-labelledby="hire-title">
          <h2 id="hire-title">Next hire: {team.nextHire.name}</h2>
          <p>{team.nextHire.reason}</p>
          <p class="muted">Closes: {team.nextHire.closes}.</p>
        </section>

        <section class="card" aria-labelledby="members-title">
          <h2 id="members-title">The team on the spectrum</h2>
          <TeamSpectrum anchors={anchors} members={team.members} />
          {team.members.length === 0 ? (
            <p>Nobody has joined yet. Share the join link.</p>
          ) : (
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a box that scrolls must be reachable by keyboard to be scrolled
            <section class="table-scroll" aria-label="Members" tabIndex={0}>
              {/* The admin view has five columns: on a narrow phone the table scrolls in its box, not the page. */}
              <table class="members">
                <caption class="visually-hidden">Members, their closest role and their place on the spectrum</caption>
                <thead>
                  <tr>
                    {admin && (
                      <th scope="col">
                        <span class="visually-hidden">Select</span>
                        <input type="checkbox" data-select-all aria-label="Select every member" hidden />
                      </th>
                    )}
                    <th scope="col">Member</th>
                    <th scope="col">Closest role</th>
                    <th scope="col">Place</th>
                    <th scope="col">
                      <span class="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {team.members.map((m) => (
                    <tr key={m.memberId} data-member={m.memberId} data-result={m.resultId}>
                      {admin && (
                        <td>
                          <input
                            type="checkbox"
                            name="memberId"
                            value={m.memberId}
                            form="bulk-remove"
                            aria-label={`Select ${m.name}`}
                          />
                        </td>
                      )}
                      <th scope="row">
                        <a href={`/r/${m.resultId}`}>{m.name}</a>
                      </th>
                      <td>
                        {m.topRole.name} <span class="muted">({m.topRole.fit})</span>
                      </td>
                      <td>
                        {Math.round(m.position * 100)} <span class="muted">· {where(m.position)}</span>
                      </td>
                      <td>
                        {admin ? (
                          <form method="post" action={`/t/${team.id}/admin`}>
                            <input type="hidden" name="token" value={admin.token} />
                            <input type="hidden" name="action" value="remove" />
                            <input type="hidden" name="memberId" value={m.memberId} />
                            <button type="submit" class="link-button">
                              Remove <span class="visually-hidden">{m.name}</span>
                            </button>
                          </form>
                        ) : (
                          <button type="button" class="link-button leave" hidden>
                            Leave
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )}
          {admin && team.members.length > 0 && (
            <form method="post" action={`/t/${team.id}/admin`} id="bulk-remove" class="bulk-remove">
              <input type="hidden" name="token" value={admin.token} />
              <input type="hidden" name="action" value="remove" />
              <button type="submit" class="button secondary">
                Remove selected
              </button>
            </form>
          )}
        </section>

        <section class="card" aria-labelledby="coverage-title">
          <h2 id="coverage-title">Coverage: the team's best in each area</h2>
          <AreaChart scores={team.coverage} names={areaNames} />
          <p class="muted">
            Spread (best minus weakest member):{' '}
            {areaNames.map((a, i) => `${i ? ', ' : ''}${a.name} ${team.spread[a.id]}`).join('')}.
          </p>
        </section>

        <section class="card" aria-labelledby="needs-title">
          <h2 id="needs-title">What “{setting.name.toLowerCase()}” needs</h2>
          <p class="muted">{setting.summary}</p>
          <ul class="needs">
            {team.needs.map((n) => (
              <li key={n.id} class={n.met ? 'met' : 'unmet'}>
                <span class="need-mark" aria-hidden="true">
                  {n.met ? '✓' : '✗'}
                </span>
                <span>
                  <strong>{n.text}</strong> <span class="visually-hidden">{n.met ? '(met)' : '(not met)'}</span>
                  <br />
                  <span class="muted">{n.detail}</span>
                </span>
              </li>
            ))}
          </ul>
          <form method="get" action={base} class="growth-form">
            {admin ? <input type="hidden" name="token" value={admin.token} /> : keyField}
            <label for="what-if">See it for another setting</label>
            <select id="what-if" name="setting">
              {settings.map((s) => (
                <option key={s.id} value={s.id} selected={s.id === team.setting}>
                  {s.name}
                  {s.id === savedSetting ? ' (saved)' : ''}
                </option>
              ))}
            </select>
            <button type="submit" class="button secondary">
              Show
            </button>
          </form>
          {admin && whatIf && (
            <form method="post" action={`/t/${team.id}/admin`}>
              <input type="hidden" name="token" value={admin.token} />
              <input type="hidden" name="action" value="setting" />
              <input type="hidden" name="setting" value={team.setting} />
              <button type="submit" class="button primary">
                Save “{setting.name}” as the team's setting
              </button>
            </form>
          )}
        </section>

        <div class="team-grid">
          <section class="card" aria-labelledby="roles-title">
            <h2 id="roles-title">Roles the team covers</h2>
            {team.roles.length ? (
              <ul>
                {team.roles.map((r) => (
                  <li key={r.id}>
                    <strong>{r.name}</strong>: {r.members.join(', ')}
                  </li>
                ))}
              </ul>
            ) : (
              <p class="muted">None yet.</p>
            )}
            <h3>Overlaps</h3>
            {team.overlaps.length ? (
              <ul>
                {team.overlaps.map((r) => (
                  <li key={r.id}>
                    {r.members.length} people cover {roleInSentence(r.name)}: {r.members.join(', ')}
                  </li>
                ))}
              </ul>
            ) : (
              <p class="muted">No two people cover the same role.</p>
            )}
          </section>
          <section class="card" aria-labelledby="bridges-title">
            <h2 id="bridges-title">The two bridges</h2>
            <ul>
              {team.bridges.map((b) => (
                <li key={b.id}>
                  <strong>{b.name}</strong>: {b.members.length ? b.members.join(', ') : <em>nobody yet</em>}
                  <br />
                  <span class="muted">{b.explanation}</span>
                </li>
              ))}
            </ul>
          </section>
        </div>

        <section class="card" id="join" aria-labelledby="join-title">
          <h2 id="join-title">Join this team</h2>
          <p>
            <a class="button primary" href={`/quiz?team=${team.id}${joinKey ? `&key=${joinKey}` : ''}`}>
              Take the quiz, then join
            </a>
          </p>
          <form method="post" action={`/t/${team.id}/join`} class="join-form">
            {joinError?.form && (
              <p class="notice error" role="alert">
                {joinError.form}
              </p>
            )}
            <p>
              Or attach a result you already have, with its private link (the delete link you got when you saved it, ending in{' '}
              <code>/delete?token=…</code>): it shows the result is yours. The team sees only your name and your result.
            </p>
            {keyField}
            <TextField
              id="join-result"
              name="result"
              label="Your result’s private link"
              value={joinValues?.result}
              error={joinError?.result}
              required
            />
            <TextField
              id="join-name"
              name="name"
              label="Name the team will see"
              value={joinValues?.name}
              error={joinError?.name}
              required
              maxLength={40}
              autoComplete="nickname"
            />
            <button type="submit" class="button secondary">
              Join
            </button>
          </form>
          {!admin && <CopyField id="join-url" label="Join link to share" value={joinUrl} />}
        </section>

        {admin && (
          <section class="card" aria-labelledby="replace-title">
            <h2 id="replace-title">Link shared too widely?</h2>
            <p>
              If the join link reached people who should not join, replace it: the old link stops opening the team, for joining
              and for viewing, and everyone already on the team stays. Then share the new link with your team.
            </p>
            <form method="post" action={`/t/${team.id}/admin`}>
              <input type="hidden" name="token" value={admin.token} />
              <input type="hidden" name="action" value="new-link" />
              <button type="submit" class="button secondary">
                Replace the join link
              </button>
            </form>
          </section>
        )}

        {admin && (
          <section class="card danger" aria-labelledby="delete-title">
            <h2 id="delete-title">Delete the team</h2>
            <p>Removes the team and every member from it. Members' own results stay.</p>
            <form method="post" action={`/t/${team.id}/admin`}>
              <input type="hidden" name="token" value={admin.token} />
              <input type="hidden" name="action" value="delete" />
              <button type="submit" class="button secondary">
                Delete the team
              </button>
            </form>
          </section>
        )}
      </article>
    </Layout>
  )
}

function CopyField({ id, label, value }: { id: string; label: string; value: string }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <div class="share-row">
        <input id={id} class="share-url" type="text" readOnly value={value} />
        <button type="button" class="button secondary" data-copy-target={id} hidden>
          Copy
        </button>
      </div>
      <p class="muted copy-status" role="status" aria-live="polite" />
    </div>
  )
}
