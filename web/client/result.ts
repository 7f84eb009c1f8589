// Progressive enhancements of the result page: copy the link, switch growth targets in place.

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-target]')) {
  const input = document.getElementById(button.dataset.copyTarget ?? '') as HTMLInputElement | null
  const status = document.querySelector('.share-status')
  if (!input) continue
  button.hidden = false
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(input.value)
      if (status) status.textContent = 'Link copied.'
    } catch {
      input.select()
      if (status) status.textContent = 'Press Ctrl+C (or ⌘C) to copy the selected link.'
    }
  })
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-share-url]')) {
  if (typeof navigator.share !== 'function') continue
  button.hidden = false
  button.addEventListener('click', () => {
    navigator.share({ url: button.dataset.shareUrl, text: button.dataset.shareText }).catch(() => undefined)
  })
}

const select = document.getElementById('growth-target') as HTMLSelectElement | null
if (select) {
  for (const el of document.querySelectorAll<HTMLElement>('.js-hide')) el.hidden = true
  select.addEventListener('change', () => {
    for (const panel of document.querySelectorAll<HTMLElement>('[data-growth]'))
      panel.hidden = panel.dataset.growth !== select.value
    const url = new URL(location.href)
    url.searchParams.set('target', select.value)
    history.replaceState(null, '', url)
  })
}

// The creator's device remembers the private delete link of results made here.
const owner = document.querySelector<HTMLElement>('[data-owner-of]')
if (owner) {
  try {
    const mine = JSON.parse(localStorage.getItem('role-spectrum:mine') ?? '{}') as Record<string, string>
    const link = mine[owner.dataset.ownerOf ?? '']
    const anchor = owner.querySelector<HTMLAnchorElement>('.owner-delete')
    if (link && link.startsWith('/r/') && anchor) {
      anchor.href = link
      owner.hidden = false
    }
  } catch {
    // No storage, no owner tools.
  }
}
