import { SeniorityText } from './SeniorityText'
import type { LegacyRoleFit } from '../../model/types'
import {
  aboveText,
  atLevel,
  countedAt,
  levelNumber,
  levelWord,
  matchLevel,
  roleInSentence,
  shownScore,
} from '../../contract/format'
import { MustHaves } from './Placement'

/**
 * The best-fitting roles with their fit and the reasons: what drives it, and the biggest gaps.
 * Roles of quiz version 2 on also show their seniority, core skills and whether they sit beside
 * the spectrum; older roles have none of these and render as they always did. Without `scores`
 * (an unclear placement) no number is shown, so none reads firmer than the certainty.
 */
export function RoleCards({ roles, scores = true }: { roles: LegacyRoleFit[]; scores?: boolean }) {
  return (
    <ol class="role-cards">
      {roles.map((r, i) => (
        <li key={r.id} class="role-card" id={r.seniority ? `role-${r.id}` : undefined}>
          <div class="role-head">
            <h3>
              <span class="rank">{i + 1}.</span> {r.name}
              {r.seniority && (
                <span class="role-seniority">
                  {' '}
                  · <SeniorityText seniority={r.seniority} nearBand={r.nearBand} />
                </span>
              )}
            </h3>
            {!scores ? null : r.match === undefined ? (
              <span class="fit">
                {r.fit}
                <small>fit</small>
                <span class="visually-hidden"> out of 100</span>
              </span>
            ) : (
              <span class="fit">
                {r.match}%<small>match{matchLevel(r)}</small>
              </span>
            )}
          </div>
          {scores && r.matchAbove && (
            <p class="fit-above">
              <strong>
                You have {r.matchAbove.match}% of what it asks {atLevel(r.matchAbove.band)}.
              </strong>
              {growThere(r.matchAbove.short)}
            </p>
          )}
          {r.placement === 'off' && (
            <p class="role-beside">A role beside the spectrum, not on the line from engineering to science.</p>
          )}
          <p>{r.summary}</p>
          <p class="muted">
            <strong>Day to day:</strong> {r.dayToDay}
          </p>
          {r.mustHaves && <MustHaves list={r.mustHaves} current={r.match !== undefined} />}
          {r.drivers.length > 0 && (
            <p>
              <strong>Why it fits:</strong>{' '}
              {r.drivers.map((d, j) => (
                <span key={d.area}>
                  {j > 0 && '; '}you cover {d.covered}% of what it needs in {roleInSentence(d.name)}
                </span>
              ))}
              .
            </p>
          )}
          {r.gaps.length > 0 ? (
            <div>
              <strong>Biggest gaps:</strong>
              {/* From version 3 on the match counts what the role asks at the person's own level, so the gaps say theirs: mid-level. */}
              <ul class="gaps">
                {r.gaps.map((g) => (
                  <li key={g.subSkill}>
                    {r.match !== undefined && g.level === 0
                      ? `${g.name}: not done yet (0/4), it asks for ${levelWord(g.need)} (${g.need}/4) at mid-level`
                      : [
                          `${g.name}: you are at ${levelWord(g.level)} (${levelNumber(g.level)}/4), it asks for `,
                          `${levelWord(g.need)} (${g.need}/4)${r.match !== undefined ? ' at mid-level' : ''}`,
                        ]}
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <p>
              <strong>No gaps:</strong> you meet or exceed everything this role needs
              {r.match !== undefined && ' at mid-level'}.
            </p>
          )}
        </li>
      ))}
    </ol>
  )
}

/** Where a role's core skills stand: met, some not asked on the adaptive path, or some asked and not met. */
type CoreState = 'met' | 'unasked' | 'unmet'
const coreState = (r: LegacyRoleFit): CoreState =>
  r.mustHaves?.some((m) => !m.met && m.asked !== false)
    ? 'unmet'
    : r.mustHaves?.some((m) => m.asked === false)
      ? 'unasked'
      : 'met'

/** " To grow there: Production code & tests (now 3/4), …." for the skills holding the band above back, or nothing. */
const growThere = (short: { name: string; level: number }[] = []): string =>
  short.length > 0 ? ` To grow there: ${short.map((s) => `${s.name} (now ${levelNumber(s.level)}/4)`).join(', ')}.` : ''

/** The groups of the list from quiz version 3 on, in order. */
const GROUPS: [CoreState, string][] = [
  ['met', 'Core skills met'],
  ['unasked', 'Core skills not all asked: their match rests partly on expected answers'],
  ['unmet', 'Core skills not yet met'],
]

/**
 * Every role with its match (or, before version 3, its fit), as a compact list. From version 3
 * on, in three groups, each by match (ties by the band it is counted at, the match at the band
 * above, `matchAbove`, then fit): roles whose core skills are met, those whose
 * core skills were not all asked, those whose core skills are not yet met; so a role the person
 * cannot do yet never sits above one they can (placement may still put it first: as a best guess
 * that names the missing core skill, or as a newcomer's clear placement with that skill started:
 * model/certainty.ts), and each group says why it comes where it does. `placed` names the headline's role, which need not come first.
 * Older results keep their single list by fit.
 */
export function AllRoles({ roles, scores = true, placed }: { roles: LegacyRoleFit[]; scores?: boolean; placed?: string }) {
  if (!roles.every((r) => r.match !== undefined))
    return (
      <ol class="all-roles">
        {roles.map((r) => (
          <AllRolesRow key={r.id} r={r} scores={scores} />
        ))}
      </ol>
    )
  // Equal matches: the one counted at a further band first (100 % of senior before 100 % of
  // mid-level), then by the match at the band above a full one, then by fit.
  const sorted = [...roles].sort(
    (a, b) =>
      b.match! - a.match! ||
      countedAt(b) - countedAt(a) ||
      (b.matchAbove?.match ?? 0) - (a.matchAbove?.match ?? 0) ||
      b.fit - a.fit,
  )
  return (
    <>
      {GROUPS.map(([state, title]) => {
        const group = sorted.filter((r) => coreState(r) === state)
        return (
          group.length > 0 && (
            <div class="all-group" key={state}>
              <h3 class="all-group-title" id={`all-${state}`}>
                {title}
              </h3>
              <ol class="all-roles" aria-labelledby={`all-${state}`}>
                {group.map((r) => (
                  <AllRolesRow key={r.id} r={r} scores={scores} placed={placed} grouped />
                ))}
              </ol>
            </div>
          )
        )
      })}
    </>
  )
}

/** One role of the list; `grouped` (version 3 on): the group says what the row's note said, except a partly asked core. */
function AllRolesRow({
  r,
  scores,
  placed,
  grouped = false,
}: {
  r: LegacyRoleFit
  scores: boolean
  placed?: string
  grouped?: boolean
}) {
  const state = coreState(r)
  const unasked = r.mustHaves?.filter((m) => m.asked === false).length ?? 0
  const total = r.mustHaves?.length ?? 0
  return (
    <li>
      <span class="all-name">
        {r.id === placed ? <strong>{r.name}</strong> : r.name}
        {r.seniority && (
          <small class="all-note">
            {' '}
            · <SeniorityText seniority={r.seniority} nearBand={r.nearBand} />
          </small>
        )}
        {r.id === placed && <small class="all-note"> · your placement</small>}
        {scores && r.matchAbove && <small class="all-note"> · {aboveText(r)}</small>}
        {grouped ? (
          state === 'unasked' &&
          unasked < total && (
            <small class="all-note">
              {' '}
              · {unasked} of {total} core skills not asked
            </small>
          )
        ) : state === 'unmet' ? (
          <small class="all-note"> · core skills not yet met</small>
        ) : (
          state === 'unasked' && <small class="all-note"> · core skills not asked</small>
        )}
      </span>
      <svg class="all-bar" width="100%" height="8" aria-hidden="true" focusable="false">
        <rect class="area-track" x="0" y="0" width="100%" height="8" rx="4" />
        <rect class="area-fill" x="0" y="0" width={`${shownScore(r)}%`} height="8" rx="4" />
      </svg>
      {scores && <span class="all-fit">{r.match === undefined ? r.fit : `${r.match}%`}</span>}
    </li>
  )
}
