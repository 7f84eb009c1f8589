/** Fields a form's error summary links to by name; more are counted ("and 4 more"). */
const LISTED = 3

/**
 * A form's error summary, read out first: how many answers need attention, with a link to each
 * of the first LISTED. Nothing when there is nothing to fix.
 */
export function ErrorNotice({ items }: { items: { href: string; words: string }[] }) {
  if (items.length === 0) return null
  const listed = items.slice(0, LISTED)
  const more = items.length - listed.length
  // A question's words end in their own question mark: no full stop after it.
  const stop = more > 0 || !/[?!.]$/.test(listed.at(-1)!.words) ? '.' : ''
  return (
    <p class="notice error" role="alert">
      {items.length === 1 ? 'One answer needs' : `${items.length} answers need`} your attention:{' '}
      {listed.map((item, i) => (
        <span key={item.href}>
          {i > 0 && (more === 0 && i === listed.length - 1 ? ' and ' : ', ')}
          <a href={item.href}>{item.words}</a>
        </span>
      ))}
      {more > 0 && ` and ${more} more`}
      {stop}
    </p>
  )
}
