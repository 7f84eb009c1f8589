import type { GrowthPath } from '../../model/types'
import { levelNumber, levelWord, pct, roleInSentence } from '../../contract/format'

/** The line before a path's level steps (model/growth.ts): after steps that gain fit, or in their place. */
export const depthLead = (steps: number): string =>
  steps > 0 ? 'Then, to reach what the role asks at mid-level:' : 'Below what the role asks at mid-level, core skills first:'

/**
 * Pick a target role, see the three sub-skills that would bring you closest. Without
 * JavaScript the form reloads the page with ?target=; with it, the panels switch in place.
 * `current`: a result of the current quiz version, whose summaries carry the figures.
 */
export function GrowthPicker({ growth, target, current = false }: { growth: GrowthPath[]; target: string; current?: boolean }) {
  return (
    <div class="growth">
      <form class="growth-form" method="get" action="#growth">
        <label for="growth-target">Target role</label>
        <select id="growth-target" name="target">
          {growth.map((g) => (
            <option key={g.target} value={g.target} selected={g.target === target}>
              {g.name}
            </option>
          ))}
        </select>
        <button type="submit" class="button secondary js-hide">
          Show
        </button>
      </form>
      <p class="visually-hidden" role="status" id="growth-status" />
      {growth.map((g) => (
        <section key={g.target} class="growth-panel" data-growth={g.target} hidden={g.target !== target}>
          <h3>Towards {roleInSentence(g.name)}</h3>
          {g.steps.length > 0 ? (
            <ol class="growth-steps">
              {g.steps.map((s) => (
                <li key={s.subSkill}>
                  <strong>{s.name}</strong>: from {levelWord(s.from)} ({levelNumber(s.from)}/4) to {levelWord(s.to)} ({s.to}/4),{' '}
                  {/* A core skill comes first even where it alone moves no point of fit (version 3 on: said so, not "+0 fit"). */}
                  {current && s.fitGain === 0 ? 'a core skill of the role' : `+${s.fitGain} fit`}
                </li>
              ))}
            </ol>
          ) : null}
          <p>{g.summary}</p>
          {g.depth && g.depth.length > 0 && (
            <>
              <p>{depthLead(g.steps.length)}</p>
              <ol class="growth-steps" start={g.steps.length + 1}>
                {g.depth.map((s) => (
                  <li key={s.subSkill}>
                    <strong>{s.name}</strong>: from {levelWord(s.from)} ({levelNumber(s.from)}/4) to {levelWord(s.to)} (
                    {levelNumber(s.to)}/4)
                  </li>
                ))}
              </ol>
            </>
          )}
          {/* From quiz version 3 on the summary says it all; older results keep their figures line. */}
          {g.steps.length > 0 && !current && (
            <p class="muted">
              Fit {g.fitBefore} → {g.fitAfter}; position {pct(g.positionBefore)} → {pct(g.positionAfter)} of the way from the
              engineering end to the science end.
            </p>
          )}
        </section>
      ))}
    </div>
  )
}
