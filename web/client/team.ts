// The team page: copy buttons, and "Leave" on the rows of results made on this device.
import { enableCopyButtons, JOIN_KEY, myResults } from './copy'

enableCopyButtons()
const teamId = location.pathname.split('/')[2] ?? ''
if (new URLSearchParams(location.search).has('joined')) {
  try {
    sessionStorage.removeItem(JOIN_KEY)
  } catch {
    // no storage
  }
}
const mine = myResults()
for (const row of document.querySelectorAll<HTMLTableRowElement>('tr[data-member]')) {
  const deleteUrl = mine[row.dataset.result ?? '']
  const button = row.querySelector<HTMLButtonElement>('.leave')
  if (!deleteUrl || !button) continue
  const token = new URL(deleteUrl, location.href).searchParams.get('token') ?? ''
  button.hidden = false
  button.addEventListener('click', async () => {
    const res = await fetch(`/api/teams/${teamId}/members/${row.dataset.member}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } })
    if (res.status === 204) location.reload()
    else button.textContent = 'Could not leave'
  })
}
