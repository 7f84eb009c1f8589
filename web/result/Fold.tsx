import type { ComponentChildren } from 'preact'

/**
 * One section of the result page. From quiz version 3 on (`fold`) it is a closed `<details>`
 * the person opens, so the first screen stays the headline and sharing and the page stays short;
 * older results keep the open card they always had, markup unchanged.
 */
export function Fold({
  fold,
  class: cls = 'card',
  bare = false,
  open = false,
  id,
  titleId,
  title,
  children,
}: {
  fold: boolean
  class?: string | undefined
  /** Unfolded, a section without a card around it (the role cards are cards themselves). */
  bare?: boolean
  /** Folded, but open on arrival (the person just asked for what it holds). */
  open?: boolean
  id?: string | undefined
  titleId: string
  title: ComponentChildren
  children: ComponentChildren
}) {
  if (!fold)
    return (
      <section class={bare ? undefined : cls} id={id} aria-labelledby={titleId}>
        <h2 id={titleId}>{title}</h2>
        {children}
      </section>
    )
  return (
    <details class={`${cls} fold`} id={id} open={open || undefined}>
      <summary>
        <h2 id={titleId}>{title}</h2>
      </summary>
      {children}
    </details>
  )
}
