import { SeniorityText } from './SeniorityText'
import type { CertaintyKind, GrowthLevelStep, MustHave, Result, RoleFit } from '../../model/types'
import { Fold } from './Fold'
import { depthLead } from './GrowthPicker'
import { aboveText, levelNumber, levelWord, matchLevel, roleInSentence, scorePhrase } from '../../contract/format'
import { CERTAINTY_LABELS, HEDGE, headline, isExploring, orList, pathRoles, rivalOf } from '../../contract/placement-words'

/** Parts of the result page that only results with seniority and certainty (quiz version 2 on) have. */

/** A level as the quiz scores it (0..4, sometimes a half): "2", "1.5". */

/** A mark beside each certainty label; the label itself carries the meaning. */
export const MARKS: Record<CertaintyKind, string> = { clear: '✓', close: '≈', unclear: '?' }

/** The headline and, as secondary, the fit and the place on the spectrum (or the roles to grow towards). */
export function PlacedHeadline({ result, spectrumLine = true }: { result: Result; spectrumLine?: boolean }) {
  const top = result.roles[0]!
  if (isExploring(result))
    return (
      <>
        <h1>{headline(result)}</h1>
        <p class="lead">
          Closest to your answers today:{' '}
          {orList(
            pathRoles(result).map((r) => r.name),
            'and',
          )}
          .
        </p>
      </>
    )
  return (
    <>
      <h1>
        {result.certainty.kind === 'unclear' && <span class="hero-hedge">{HEDGE}</span>}
        {top.name}{' '}
        <span class="hero-seniority">
          · <SeniorityText seniority={top.seniority} nearBand={top.nearBand} />
        </span>
      </h1>
      {(spectrumLine || top.match === undefined || result.certainty.kind !== 'unclear') && (
        <p class="lead">
          <HeroScore result={result} />
          {spectrumLine && ` ${result.spectrum.label}.`}
        </p>
      )}
    </>
  )
}

/**
 * The number under the headline. From version 3 on it is the match, and only when the placement
 * stands: a best guess shows no number, so no figure reads firmer than the certainty says.
 */
function HeroScore({ result }: { result: Result }) {
  const top = result.roles[0]!
  if (top.match === undefined) return <span class="hero-fit-line">Fit {top.fit} of 100.</span>
  if (result.certainty.kind === 'unclear') return null
  // A newcomer's placement (model/certainty.ts): the one core skill not yet done on real work is
  // named here, so the role card's "Not yet" below does not read as a contradiction.
  const next = top.mustHaves.find((m) => !m.met)
  return (
    <>
      <span class="hero-fit-line">
        <strong>{top.match}% match</strong> with what the role asks{matchLevel(top) || ' at this level'}
        {top.matchAbove && <span class="hero-above"> ({aboveText(top)})</span>}.
      </span>
      {next && ` Next step: ${roleInSentence(next.name)} on real work.`}
    </>
  )
}

/** How sure the placement is, right under the headline; a close call shows both roles side by side. */
export function CertaintyBlock({ result, id, fold = false }: { result: Result; id?: string | undefined; fold?: boolean }) {
  const { kind, reason } = result.certainty
  const body = (
    <>
      <p class="certainty-reason">{reason}</p>
      <RestsOn result={result} id={id} />
      {kind === 'close' && (
        <ul class="close-pair" aria-label="The two roles of this close call">
          {[result.roles[0]!, rivalOf(result)].map((r) => (
            <li key={r.id} class="close-role">
              <h3>{r.name}</h3>
              <p class="close-meta">
                <SeniorityText seniority={r.seniority} nearBand={r.nearBand} /> · {scorePhrase(r)}
                {r.placement === 'off' && ' · beside the spectrum'}
              </p>
              <p>{r.summary}</p>
              <a href={`#role-${r.id}`}>
                {r.mustHaves.every((m) => m.met)
                  ? `Why ${roleInSentence(r.name)} fits`
                  : `What you still need for ${roleInSentence(r.name)}`}
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  )
  // From version 3 on the first screen says the certainty; the reasons fold below it.
  if (fold)
    return (
      <details class={`card certainty certainty-${kind} fold`}>
        <summary>
          <h2 id="certainty-title">How sure this is</h2>
        </summary>
        {body}
      </details>
    )
  return (
    <section class={`card certainty certainty-${kind}`} aria-labelledby="certainty-title">
      <h2 id="certainty-title" class="certainty-label">
        <span class="certainty-mark" aria-hidden="true">
          {MARKS[kind]}
        </span>{' '}
        {CERTAINTY_LABELS[kind]}
      </h2>
      {body}
    </section>
  )
}

/**
 * Instead of a verdict when the answers show no role's core skills: the growth paths towards
 * the three closest roles, core skills first.
 */
export function PathsToExplore({ result, fold = false }: { result: Result; fold?: boolean }) {
  return (
    <Fold fold={fold} class={fold ? 'card paths' : 'paths'} titleId="paths-title" title="Three roles to grow towards">
      <p class="muted">
        Each path starts with the role’s core skills you do not have yet, then the skills that would bring you closest to it;
        where no one skill would, those below what it asks at mid-level, its core skills first.
      </p>
      <ol class="path-cards">
        {pathRoles(result).map((r) => (
          <PathCard key={r.id} role={r} result={result} />
        ))}
      </ol>
    </Fold>
  )
}

function PathCard({ role, result }: { role: RoleFit; result: Result }) {
  const path = result.growth.find((g) => g.target === role.id)
  const core = new Set(role.mustHaves.map((m) => m.subSkill))
  return (
    <li class="card path-card">
      <h3>Towards {roleInSentence(role.name)}</h3>
      <p class="muted">
        {role.match === undefined ? `Fit today ${role.fit} of 100` : `Today you have ${role.match}% of what it asks`}
        {role.placement === 'off' ? '; a role beside the spectrum' : ''}.
      </p>
      {path && <PathSteps steps={path.steps} core={core} />}
      {path && <p>{path.summary}</p>}
      {path?.depth && path.depth.length > 0 && (
        <>
          <p>{depthLead(path.steps.length)}</p>
          <PathSteps steps={path.depth} core={core} start={path.steps.length + 1} />
        </>
      )}
      <a href={`#role-${role.id}`}>What {roleInSentence(role.name)}s do</a>
    </li>
  )
}

/** Skills to grow towards a role, with the level now and the level to aim for. */
function PathSteps({ steps, core, start = 1 }: { steps: GrowthLevelStep[]; core: Set<string>; start?: number }) {
  if (steps.length === 0) return null
  return (
    <ol class="path-steps" start={start}>
      {steps.map((s) => (
        <li key={s.subSkill}>
          <strong>{s.name}</strong>
          {core.has(s.subSkill) && <span class="tag">core skill</span>}
          <span class="path-levels">
            Now {levelWord(s.from)} ({levelNumber(s.from)}/4); aim for {levelWord(s.to)} ({levelNumber(s.to)}/4).
          </span>
        </li>
      ))}
    </ol>
  )
}

/** A role's core skills, each met or not yet, in words and with a mark. */
export function MustHaves({ list, current = false }: { list: MustHave[]; current?: boolean }) {
  return (
    <div class="must-haves">
      <p class="must-haves-title">
        <strong>Core skills</strong> <span class="muted">(met within one level of what the role asks at mid-level)</span>
      </p>
      <ul>
        {list.map((m) =>
          m.asked === false ? (
            <li key={m.subSkill} class="not-asked">
              <span class="mh-mark" aria-hidden="true">
                –
              </span>
              <span>
                <strong>Not asked:</strong> {m.name}. Mid-level asks for {levelWord(m.need)} ({levelNumber(m.need)}/4).
              </span>
            </li>
          ) : (
            <li key={m.subSkill} class={m.met ? 'met' : 'unmet'}>
              <span class="mh-mark" aria-hidden="true">
                {m.met ? '✓' : '✗'}
              </span>
              <span>
                {current ? (
                  <MustHaveWords m={m} />
                ) : (
                  <>
                    <strong>{m.met ? 'Met' : 'Not yet'}:</strong> {m.name}. Your level: {levelWord(m.level)} (
                    {levelNumber(m.level)}
                    /4); mid-level asks for {levelWord(m.need)} ({levelNumber(m.need)}/4).
                  </>
                )}
              </span>
            </li>
          ),
        )}
      </ul>
    </div>
  )
}

/**
 * A core skill in words (results from quiz version 3 on): met at or above what mid-level asks,
 * met within a level of it (never "met" beside a higher need without saying so), or not yet.
 */
function MustHaveWords({ m }: { m: MustHave }) {
  const yours = `${levelWord(m.level)} (${levelNumber(m.level)}/4)`
  const asks = `${levelWord(m.need)} (${levelNumber(m.need)}/4)`
  if (!m.met)
    return (
      <>
        <strong>Not yet:</strong> {m.name}. {m.level === 0 ? 'Not done yet (0/4)' : `You are at ${yours}`}; mid-level asks for{' '}
        {asks}.
      </>
    )
  if (m.level >= m.need)
    return (
      <>
        <strong>Met:</strong> {m.name}. You are at {yours}; mid-level asks for {asks}.
      </>
    )
  return (
    <>
      <strong>Met, a level to grow:</strong> {m.name}. You are at {yours}, within a level of the {asks} mid-level asks for.
    </>
  )
}

/**
 * How many answers a result of the adaptive quiz rests on, and how many skills it did not ask
 * about. Answers and skills are different counts (two questions can measure one skill, and the
 * mentoring question measures none), so the line says how many skills the answers covered: the
 * two skill counts add up to the whole.
 */
export function RestsOn({ result, id }: { result: Result; id?: string | undefined }) {
  if (result.answered === undefined) return null
  const total = result.subSkills.length
  const notAsked = result.subSkills.filter((s) => s.asked === false).length
  return (
    <p class="rests-on muted">
      Rests on {result.answered} answers
      {notAsked > 0
        ? `, covering ${total - notAsked} of the ${total} skills; the other ${notAsked} ${notAsked === 1 ? 'was' : 'were'} not asked, because the quiz asks only what tells the closest roles apart.`
        : ', every skill asked.'}
      {notAsked > 0 && id && (
        // Shown by web/client/result.ts on the device that made the result, with its private link.
        <span class="owner-sharpen" data-sharpen-of={id} hidden>
          {' '}
          {/* biome-ignore lint/a11y/useValidAnchor: the owner's browser puts the private link in before showing this */}
          <a href="#">Answer the rest of the quiz to sharpen it</a>.
        </span>
      )}
    </p>
  )
}

/** Said where the closest role sits beside the spectrum rather than on it. */
export function BesideNote({ name }: { name: string }) {
  return (
    <p class="beside-note">
      <strong>{name} sits beside the spectrum.</strong> The line runs from engineering to science; this role leans on product,
      communication or clients as much as on either, so the line does not place it. The marker shows where the technical side of
      your answers sits.
    </p>
  )
}
