/** A read-only link with a Copy button (the button appears once web/client/team.ts runs). */
export function CopyField({ id, label, value }: { id: string; label: string; value: string }) {
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
