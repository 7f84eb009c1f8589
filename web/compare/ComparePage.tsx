import { SeniorityText } from '../result/SeniorityText'
import type { ComponentChildren } from 'preact'
import type { AreaId, ScoringContent, SpectrumAnchor } from '../../model/types'
import { capitalised, inSentence, withArticle } from '../../model/words'
import { Layout } from '../pages/Layout'
import { levelNumber, shortScore } from '../../contract/format'
import { CERTAINTY_LABELS, isPlaced, orList } from '../../contract/placement-words'
import { CompareForm } from '../result/CompareForm'
import { type AreaGap, areaGaps, type PairMap, pairMap, type SkillGap, skillGaps, unsharedSkills, type Who } from './pair'
import { PairAreaChart, PairSpectrum, SideIcon, SideName } from './parts'
import type { CompareSide } from '../../contract/compare-words'
import { ShareBox } from '../result/ShareBox'

export interface ComparePageProps {
  a: CompareSide
  b: CompareSide
  content: ScoringContent
  url: string
  imageUrl: string
}

export const areaNamesOf = (content: ScoringContent) => content.areas.map(({ id, name }) => ({ id, name }))

/** The anchors to draw: the newer quiz version's, when the two differ. */
export const anchorsOf = (a: CompareSide, b: CompareSide): SpectrumAnchor[] =>
  (b.quizVersion > a.quizVersion ? b : a).result.spectrum.anchors

/**
 * Two results side by side, complete without JavaScript: one spectrum, one area chart, the
 * roles each fits, where they differ most, and how they complement each other as a
 * two-member team (the team map's bridges and roles).
 */
export function ComparePage({ a, b, content, url, imageUrl }: ComparePageProps) {
  const sides: [CompareSide, CompareSide] = [a, b]
  const same = a.id === b.id
  const names = areaNamesOf(content)
  const areaName = (id: AreaId) => lower(names.find((n) => n.id === id)?.name ?? id)
  return (
    <Layout wide>
      <article class="result compare">
        <header class="result-hero">
          <p class="eyebrow">Role Spectrum comparison</p>
          <h1>
            {a.label} <span class="hero-fit">and</span> {b.label}
          </h1>
          <p class="lead">
            Two skills self-assessments side by side: where each sits among machine learning roles, where they differ most, and
            how they complement each other.
          </p>
          {same && (
            <p class="beside-note">
              This compares a result with itself, so everything below is the same twice. Paste another person’s link below to
              compare two people.
            </p>
          )}
          <VersionNote a={a} b={b} />
        </header>

        <section class="card" aria-labelledby="spectrum-title">
          <h2 id="spectrum-title">On the spectrum</h2>
          <PairSpectrum anchors={anchorsOf(a, b)} sides={sides} />
          <p class="muted">
            Positions count from the engineering end (0) to the science end (100). Communication counts towards neither side.
          </p>
        </section>

        <section class="card" aria-labelledby="areas-title">
          <h2 id="areas-title">Five areas</h2>
          <PairAreaChart sides={sides} names={names} />
        </section>

        <section aria-labelledby="roles-title">
          <h2 id="roles-title">Roles each fits best</h2>
          <div class="pair-grid">
            {sides.map((s) => (
              <TopRoles key={s.letter} side={s} />
            ))}
          </div>
        </section>

        <section class="card" aria-labelledby="differ-title">
          <h2 id="differ-title">Where they differ most</h2>
          {same ? (
            <p>It is the same result twice: nothing differs.</p>
          ) : (
            <Differences
              a={a}
              b={b}
              areas={areaGaps(a.result, b.result)}
              skills={skillGaps(a.result, b.result)}
              areaName={areaName}
            />
          )}
        </section>

        <section class="card" aria-labelledby="together-title">
          <h2 id="together-title">How they complement each other</h2>
          <Together map={pairMap(content, a, b)} a={a} b={b} areaName={areaName} />
        </section>

        <ShareBox
          url={url}
          image={imageUrl}
          text={`Role Spectrum: ${a.label} and ${b.label} compared.`}
          heading="Share this comparison"
          what="this comparison"
          subject="A Role Spectrum comparison"
          imageName="role-spectrum-comparison.png"
        >
          <ul class="share-links">
            <li>
              <a href={`/r/${a.id}`}>Full result of {a.label}</a>
            </li>
            {!same && (
              <li>
                <a href={`/r/${b.id}`}>Full result of {b.label}</a>
              </li>
            )}
            <li>
              <a href="/quiz">Take the quiz yourself</a>
            </li>
          </ul>
          <p class="muted">Anyone with this link sees this page, as anyone with either result’s link sees that result.</p>
        </ShareBox>

        <CompareForm id={a.id} heading={`Compare ${a.label} with someone else`} />
      </article>
    </Layout>
  )
}

/** Says when the two results come from different quiz versions, and what that changes. */
function VersionNote({ a, b }: { a: CompareSide; b: CompareSide }) {
  if (a.quizVersion === b.quizVersion) return null
  const left = unsharedSkills(a.result, b.result)
  return (
    <p class="beside-note">
      {a.label}’s result comes from version {a.quizVersion} of the quiz and {b.label}’s from version {b.quizVersion}. The
      questions and roles changed between versions, so small differences may come from the quiz rather than from the people.
      {left > 0 && ` The ${left} skills only one version asked about are left out of the differences.`}
      {(!isPlaced(a.result) || !isPlaced(b.result)) && ' Versions before 2 did not judge seniority.'}
    </p>
  )
}

/** A side's three best roles with their fit and, from quiz version 2 on, seniority and certainty. */
function TopRoles({ side }: { side: CompareSide }) {
  const { result } = side
  const placed = isPlaced(result) ? result : undefined
  // As on the result page, an unclear placement shows no number, so none reads firmer than it.
  const scores = placed?.certainty.kind !== 'unclear'
  return (
    <div class="card pair-roles">
      <h3>
        <SideName side={side} />
      </h3>
      {placed ? (
        <p class={`embed-certainty certainty-${placed.certainty.kind}`}>
          <strong>{CERTAINTY_LABELS[placed.certainty.kind]}</strong>
        </p>
      ) : (
        <p class="muted">Quiz version {side.quizVersion}: fit only, no seniority.</p>
      )}
      <ol class="pair-role-list">
        {result.roles.slice(0, 3).map((r) => (
          <li key={r.id}>
            <strong>{r.name}</strong>
            {r.seniority && (
              <span class="role-seniority">
                {' '}
                · <SeniorityText seniority={r.seniority} nearBand={r.nearBand} />
              </span>
            )}
            {scores && (
              <span class="pair-fit">
                {' '}
                · {shortScore(r)}
                {r.match === undefined && <span class="visually-hidden"> out of 100</span>}
              </span>
            )}
          </li>
        ))}
      </ol>
      <a href={`/r/${side.id}`}>Full result of {side.label}</a>
    </div>
  )
}

/** Who covers something, in words. */
const whoWords = (by: Who, a: CompareSide, b: CompareSide): string =>
  by.length === 2 ? 'both' : by[0] === 'A' ? a.label : by[0] === 'B' ? b.label : 'neither'

function Differences({
  a,
  b,
  areas,
  skills,
  areaName,
}: {
  a: CompareSide
  b: CompareSide
  areas: AreaGap[]
  skills: SkillGap[]
  areaName: (id: AreaId) => string
}) {
  if (areas.length === 0 && skills.length === 0)
    return <p>Their answers are close: no area is 15 points apart, and no skill a whole level.</p>
  const ahead = (x: number, y: number) => (x > y ? a : b)
  return (
    <>
      {areas.length > 0 && (
        <>
          <h3>By area</h3>
          <ul class="pair-list">
            {areas.map((g) => (
              <li key={g.area}>
                <SideIcon letter={ahead(g.a, g.b).letter} />
                <span>
                  {ahead(g.a, g.b).label} scores {Math.abs(g.a - g.b) >= 30 ? 'much higher' : 'higher'} in {areaName(g.area)}:{' '}
                  {Math.max(g.a, g.b)} vs {Math.min(g.a, g.b)}.
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {skills.length > 0 && (
        <>
          <h3>By skill</h3>
          <ul class="pair-list">
            {skills.map((g) => (
              <li key={g.id}>
                <SideIcon letter={ahead(g.a, g.b).letter} />
                <span>
                  {ahead(g.a, g.b).label} has done {Math.abs(g.a - g.b) >= 2 ? 'much more' : 'more'} in {lower(g.name)} (
                  {levelNumber(Math.max(g.a, g.b))} vs {levelNumber(Math.min(g.a, g.b))}, of 4).
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  )
}

function Together({ map, a, b, areaName }: { map: PairMap; a: CompareSide; b: CompareSide; areaName: (id: AreaId) => string }) {
  const covered = map.everyTeam.filter((r) => r.by.length > 0)
  const missing = map.everyTeam.filter((r) => r.by.length === 0)
  return (
    <>
      <p class="muted">
        Read as a team of two, by the rules of the team map: someone covers a role that is their top role (not a best guess of an
        unclear placement), or whose core skills they have done to a high standard with at least 80% of what the role asks.
      </p>
      <h3>The bridges between the ends of the spectrum</h3>
      <ul class="needs">
        {map.bridges.map((br) => (
          <Need key={br.id} met={br.by.length > 0}>
            <strong>{br.name}</strong>:{' '}
            {br.by.length === 0
              ? `neither covers it yet. ${br.explanation}`
              : `${capitalised(whoWords(br.by, a, b))} ${br.by.length === 2 ? 'cover' : 'covers'} it.`}
          </Need>
        ))}
      </ul>
      <h3>Roles they cover together</h3>
      <p>
        {map.roles.length === 0
          ? 'Neither covers any role yet.'
          : capitalised(`${map.roles.map((r) => `${inSentence(r.name)} (${whoWords(r.by, a, b)})`).join(', ')}.`)}
      </p>
      <p>
        Every team setting needs{' '}
        {orList(
          map.everyTeam.map((r) => withArticle(r.name)),
          'and',
        )}
        .{' '}
        {missing.length === 0
          ? 'Between them, they cover all of these.'
          : `${
              covered.length
                ? `They cover ${orList(
                    covered.map((r) => r.name),
                    'and',
                  )}; neither`
                : 'Neither'
            } covers ${orList(
              missing.map((r) => r.name),
              'or',
            )}.`}
      </p>
      <p>
        Their weakest area together is {areaName(map.weakest.area)}: the better of the two scores {map.weakest.best} of 100.
      </p>
    </>
  )
}

/** A name mid-sentence: lower case, except words of two or more capitals (ML, MLOps, APIs). */
const lower = (name: string) =>
  name
    .split(' ')
    .map((w) => (/[A-Z].*[A-Z]/.test(w) ? w : w.toLowerCase()))
    .join(' ')

function Need({ met, children }: { met: boolean; children: ComponentChildren }) {
  return (
    <li class={met ? 'met' : 'unmet'}>
      <span class="need-mark" aria-hidden="true">
        {met ? '✓' : '!'}
      </span>
      <span>
        <span class="visually-hidden">{met ? 'Covered: ' : 'Not covered: '}</span>
        {children}
      </span>
    </li>
  )
}
