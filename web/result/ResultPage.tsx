import type { AnyResult, AreaId } from '../../model/types'
import { Layout } from '../pages/Layout'
import { AreaChart } from './AreaChart'
import { CompareForm } from './CompareForm'
import { Fold } from './Fold'
import { withArticle } from '../../contract/format'
import { GrowthPicker } from './GrowthPicker'
import { Norms, type NormsView } from './Norms'
import { BesideNote, CertaintyBlock, PathsToExplore, PlacedHeadline } from './Placement'
import { isExploring, isPlaced, marksOf } from '../../contract/placement-words'
import { ResultHero } from './ResultHero'
import { AllRoles, RoleCards } from './RoleCards'
import { SettingsAdvice } from './SettingsAdvice'
import { ShareBox } from './ShareBox'
import { SpectrumChart } from './SpectrumChart'

export interface ResultPageProps {
  result: AnyResult
  areaNames: { id: AreaId; name: string }[]
  id: string
  displayName?: string | undefined
  shareUrl: string
  imageUrl: string
  shareText: string
  createdAt: string
  target?: string
  /** Where the scores stand among other takers of the same quiz version (none for versions 0 and 1). */
  norms?: NormsView | undefined
}

/**
 * The result, complete without JavaScript: scores, spectrum, roles and reasons, shape, settings,
 * growth. A result of quiz version 2 on is headed by its role and seniority with the certainty
 * right under it (or, with no role's core skills yet, by the paths to explore instead of a
 * verdict); older results render exactly as they did.
 */
export function ResultPage({
  result,
  areaNames,
  id,
  displayName,
  shareUrl,
  imageUrl,
  shareText,
  createdAt,
  target,
  norms,
}: ResultPageProps) {
  const top = result.roles[0]!
  const placed = isPlaced(result) ? result : undefined
  const exploring = placed !== undefined && isExploring(placed)
  const growthTarget = target && result.growth.some((g) => g.target === target) ? target : (result.roles[1] ?? top).id
  const date = new Date(createdAt).toLocaleDateString('en-GB', { year: 'numeric', month: 'long', day: 'numeric' })
  const eyebrow = `${displayName ? `${displayName}’s result` : 'Role Spectrum result'} · ${date}`
  // From quiz version 3 on: the first screen is the placement and a Share button, the rest folds.
  const fold = placed !== undefined && result.quizVersion >= 3
  // Under an unclear placement (version 3 on) no role shows a number: none may read firmer than it.
  const scores = !(fold && placed.certainty.kind === 'unclear')
  // Shown by the result script when a team's join link led to the quiz on this device; from
  // quiz version 3 it comes first, right under the headline.
  const joinCard = (
    <section class="card" data-join-team hidden aria-labelledby="join-title">
      <h2 id="join-title">Join your team</h2>
      <p>You came from a team's join link. Add this result to the team map under the name your team will see.</p>
      <form method="post">
        <input type="hidden" name="result" value={id} />
        <div class="field">
          <label for="join-name">Name the team will see</label>
          <input
            id="join-name"
            name="name"
            type="text"
            maxLength={40}
            required
            value={displayName ?? ''}
            autoComplete="nickname"
          />
        </div>
        <button type="submit" class="button primary">
          Join the team
        </button>
      </form>
    </section>
  )
  return (
    <Layout wide>
      <article class={fold ? 'result result-folded' : 'result'}>
        {fold ? (
          <ResultHero result={placed} id={id} eyebrow={eyebrow} shareUrl={shareUrl} shareText={shareText} imageUrl={imageUrl} />
        ) : (
          <header class="result-hero">
            <p class="eyebrow">
              {displayName ? `${displayName}’s result` : 'Role Spectrum result'} · {date}
            </p>
            {placed ? (
              <PlacedHeadline result={placed} />
            ) : (
              <>
                <h1>
                  Closest fit: {withArticle(top.name)} <span class="hero-fit">({top.fit} fit)</span>
                </h1>
                <p class="lead">{result.spectrum.label}.</p>
              </>
            )}
          </header>
        )}

        {fold && joinCard}
        {placed && <CertaintyBlock result={placed} id={id} fold={fold} />}
        {placed && exploring && <PathsToExplore result={placed} fold={fold} />}

        <Fold fold={fold} titleId="spectrum-title" title={fold ? 'Place on the spectrum' : 'Your place on the spectrum'}>
          {!fold && <SpectrumChart spectrum={result.spectrum} />}
          {result.spectrum.offSpectrum && <BesideNote name={result.spectrum.offSpectrum.name} />}
          <p class="muted">
            Position {Math.round(result.spectrum.position * 100)} of 100, counted from the engineering end. It compares your
            statistics and machine learning answers with your software and infrastructure answers; communication counts towards
            neither side.
          </p>
        </Fold>

        <Fold fold={fold} titleId="areas-title" title={fold ? 'Five areas' : 'Your five areas'}>
          <AreaChart scores={result.scores} names={areaNames} asks={marksOf(result)} />
          {norms && <Norms view={norms} names={areaNames} />}
        </Fold>

        <Fold
          fold={fold}
          bare
          titleId="roles-title"
          title={exploring ? `Roles closest to ${fold ? 'these' : 'your'} answers` : `Roles that fit ${fold ? '' : 'you '}best`}
        >
          {top.match !== undefined && scores && (
            <p class="muted">
              In order of how close your answers are to each role, judged by its skill profile and by example answers written for
              typical people in the role from published role descriptions. Match is how much of what the role asks at your level
              you have: a role whose work you go beyond can match fully and still come lower.
            </p>
          )}
          <RoleCards roles={result.roles.slice(0, 3)} scores={scores} />
          <details class="card">
            <summary>
              {top.match !== undefined
                ? `All ${result.roles.length} roles by match`
                : `All ${result.roles.length} roles by fit${placed ? ', those whose core skills you have first' : ''}`}
            </summary>
            <AllRoles
              roles={result.roles}
              scores={scores}
              placed={fold && !exploring && top.match !== undefined ? top.id : undefined}
            />
          </details>
        </Fold>

        <Fold fold={fold} titleId="shape-title" title={`Profile shape: ${result.shape.name}`}>
          <p>{result.shape.description}</p>
        </Fold>

        <Fold fold={fold} titleId="settings-title" title={fold ? 'Teams that suit this profile' : 'Teams that suit you'}>
          <p class="muted">
            Teams need different people as their product matures and as predictions move from batch jobs to live requests. For
            your top roles:
          </p>
          <SettingsAdvice advice={result.settings} />
        </Fold>

        <Fold
          fold={fold}
          id="growth"
          open={target !== undefined}
          titleId="growth-title"
          title={fold ? 'Growth path' : 'Your growth path'}
        >
          {fold ? (
            <p>
              Choose a role to see up to three skills that would bring you closest to it. Fit, from 0 to 100, is how closely the
              shape of your answers matches the role’s; match counts only what a role asks at your level, so a role can match
              fully and still fit less well.
            </p>
          ) : (
            <p>Choose a role to see the three skills that would bring you closest to it.</p>
          )}
          <GrowthPicker growth={result.growth} target={growthTarget} current={fold} />
        </Fold>

        {/* From version 3 on its words suit anyone; the owner's device makes them the owner's (web/client/result.ts). */}
        <ShareBox
          url={shareUrl}
          image={imageUrl}
          text={shareText}
          fold={fold}
          heading={fold ? 'Share this result' : undefined}
          neutral={fold}
        />
        <CompareForm id={id} fold={fold} />

        {!fold && joinCard}

        <section class="card owner" data-owner-of={id} hidden aria-labelledby="owner-title">
          <h2 id="owner-title">Only on this device</h2>
          <p>
            You created this result here. Its private delete link:{' '}
            {/* biome-ignore lint/a11y/useValidAnchor: the owner's browser puts the private link in before showing this (web/client/result.ts) */}
            <a class="owner-delete" href="#">
              delete this result
            </a>
            . Keep the link to yourself; it is not shown to anyone else.
          </p>
        </section>
      </article>
    </Layout>
  )
}
