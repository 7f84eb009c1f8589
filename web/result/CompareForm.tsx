import { Fold } from './Fold'

/**
 * "Compare with…": a plain form, so it works without JavaScript. The worker reads the pasted
 * link (a result URL of any form, or a bare id) and redirects to /compare/{a}/{b}. A POST, so
 * that a pasted private link (a delete link holds its token) never becomes part of a URL, where
 * the browser's history and any proxy's log would keep it.
 */
export function CompareForm({ id, heading = 'Compare with…', fold = false }: { id: string; heading?: string; fold?: boolean }) {
  return (
    <Fold fold={fold} class="card compare-form" titleId="compare-title" title={heading}>
      <form method="post" action="/compare">
        <input type="hidden" name="a" value={id} />
        <div class="field">
          <label for="compare-other">Link to another person’s result</label>
          <div class="share-row">
            <input
              id="compare-other"
              name="other"
              type="text"
              inputMode="url"
              required
              autoComplete="off"
              spellcheck={false}
              placeholder="https://…/r/…"
              aria-describedby="compare-hint"
            />
            <button type="submit" class="button primary">
              Compare
            </button>
          </div>
          <p id="compare-hint" class="muted">
            Both results on one chart and one spectrum: where you differ most, and how you complement each other.
          </p>
        </div>
      </form>
    </Fold>
  )
}
