// The team page: copy buttons, "Leave" on the rows of results made on this device, the private
// link of this device's latest result ready in the join form, and "select all" for the admin.
import { enableCopyButtons } from './copy'
import { forgetTeam, myResults } from './handoff'

enableCopyButtons()
const teamId = location.pathname.split('/')[2] ?? ''
if (new URLSearchParams(location.search).has('joined')) forgetTeam()
const mine = myResults()
for (const row of document.querySelectorAll<HTMLTableRowElement>('tr[data-member]')) {
  const deleteUrl = mine[row.dataset.result ?? '']
  const button = row.querySelector<HTMLButtonElement>('.leave')
  if (!deleteUrl || !button) continue
  const token = new URL(deleteUrl, location.href).searchParams.get('token') ?? ''
  button.hidden = false
  button.addEventListener('click', async () => {
    const res = await fetch(`/api/teams/${teamId}/members/${row.dataset.member}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${token}` },
    })
    if (res.status === 204) location.reload()
    else button.textContent = 'Could not leave'
  })
}

// The private link proves the result is the joiner's own; this device made it, so offer it.
const onTeam = new Set([...document.querySelectorAll<HTMLElement>('tr[data-result]')].map((row) => row.dataset.result))
const latest = Object.entries(mine)
  .filter(([id, link]) => !onTeam.has(id) && link.startsWith('/r/'))
  .pop()
const field = document.getElementById('join-result') as HTMLInputElement | null
if (field && !field.value && latest) field.value = new URL(latest[1], location.href).href

const all = document.querySelector<HTMLInputElement>('[data-select-all]')
if (all) {
  const boxes = document.querySelectorAll<HTMLInputElement>('input[name="memberId"][form="bulk-remove"]')
  all.hidden = false
  all.addEventListener('change', () => {
    for (const box of boxes) box.checked = all.checked
  })
}
