import type { ComponentChildren } from 'preact'
import { Fold } from './Fold'

/**
 * Sharing: the link itself (readable and selectable without JavaScript), share links for
 * LinkedIn, X and email, the image; copy and the native share sheet need JavaScript (the
 * result script). A result's by default; the compare page names its own words and ending.
 */
export function ShareBox({
  url,
  image,
  text,
  heading = 'Share your result',
  what = 'this result',
  neutral = false,
  subject = `${neutral ? 'A' : 'My'} Role Spectrum result`,
  imageName = 'role-spectrum.png',
  fold = false,
  children = (
    <p>
      <a href="/quiz">Take the quiz{neutral ? '' : ' again'}</a> · anyone with the link sees this page.
    </p>
  ),
}: {
  url: string
  image: string
  text: string
  heading?: string
  what?: string
  subject?: string
  imageName?: string
  /** Words that speak for no one ("A Role Spectrum result", "Take the quiz"), for a page that cannot tell its owner from a visitor. */
  neutral?: boolean
  /** What follows the links. */
  children?: ComponentChildren
  /** A closed section (results from quiz version 3 on, whose first screen has its own Share button). */
  fold?: boolean
}) {
  const u = encodeURIComponent(url)
  const t = encodeURIComponent(text)
  return (
    <Fold fold={fold} class="card share" id={fold ? 'share' : undefined} titleId="share-title" title={heading}>
      <div class="share-row">
        <label class="visually-hidden" for="share-url">
          Link to {what}
        </label>
        <input id="share-url" class="share-url" type="text" readOnly value={url} />
        <button type="button" class="button primary" data-copy-target="share-url" hidden>
          Copy link
        </button>
        <button type="button" class="button secondary" data-share-url={url} data-share-text={text} hidden>
          Share…
        </button>
      </div>
      <p class="share-status muted" role="status" aria-live="polite" />
      <ul class="share-links">
        <li>
          <a href={`https://www.linkedin.com/sharing/share-offsite/?url=${u}`} target="_blank" rel="noopener">
            LinkedIn
          </a>
        </li>
        <li>
          <a href={`https://x.com/intent/tweet?text=${t}&url=${u}`} target="_blank" rel="noopener">
            X
          </a>
        </li>
        <li>
          <a href={`mailto:?subject=${encodeURIComponent(subject)}&body=${t}%0A%0A${u}`}>Email</a>
        </li>
        <li>
          <a href={image} download={imageName}>
            Download the image
          </a>
        </li>
      </ul>
      {children}
    </Fold>
  )
}
