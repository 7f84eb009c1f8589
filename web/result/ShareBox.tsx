/** The share URL, readable and selectable without JavaScript; the copy button needs it. */
export function ShareBox({ url }: { url: string }) {
  return (
    <section class="card share" aria-labelledby="share-title">
      <h2 id="share-title">Share your result</h2>
      <div class="share-row">
        <label class="visually-hidden" for="share-url">
          Link to this result
        </label>
        <input id="share-url" class="share-url" type="text" readOnly value={url} />
        <button type="button" class="button primary js-only" data-copy-target="share-url" hidden>
          Copy link
        </button>
      </div>
      <p class="share-status muted" role="status" aria-live="polite" />
      <p>
        <a href="/quiz">Take the quiz again</a> · anyone with the link sees this page.
      </p>
    </section>
  )
}
