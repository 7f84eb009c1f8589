// Progressive enhancements of the result page: copy the link, share, switch growth targets in
// place, and, on the device that made the result, its delete link and a pending team to join.
import { enableCopyButtons } from './copy'
import { myResults, pendingTeam, pendingTeamName } from './handoff'

enableCopyButtons()

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-share-url]')) {
  if (typeof navigator.share !== 'function') continue
  button.hidden = false
  button.addEventListener('click', () => {
    navigator.share({ url: button.dataset.shareUrl, text: button.dataset.shareText }).catch(() => undefined)
  })
}

// The first screen's Share button (results from quiz version 3 on): the browser's share sheet
// where there is one, else the link copied; without this script it leads to the share section.
for (const button of document.querySelectorAll<HTMLAnchorElement>('[data-share-now]')) {
  const status = button.parentElement?.querySelector('[role="status"]')
  button.addEventListener('click', async (e) => {
    e.preventDefault()
    const url = button.dataset.shareNow ?? location.href
    if (typeof navigator.share === 'function') {
      navigator.share({ url, text: button.dataset.shareText }).catch(() => undefined)
      return
    }
    try {
      await navigator.clipboard.writeText(url)
      if (status) status.textContent = 'Link copied: paste it anywhere.'
    } catch {
      openSection('share-url')
    }
  })
}

/** Opens the folded section holding the element with this id, and shows it. */
function openSection(id: string): void {
  const target = document.getElementById(id)
  if (!target) return
  for (let el: HTMLElement | null = target; el; el = el.parentElement) if (el instanceof HTMLDetailsElement) el.open = true
  target.scrollIntoView()
}
// A link to a part of a closed section ("Why ML engineer fits") opens the section first.
window.addEventListener('hashchange', () => openSection(decodeURIComponent(location.hash.slice(1))))
if (location.hash) openSection(decodeURIComponent(location.hash.slice(1)))

const select = document.getElementById('growth-target') as HTMLSelectElement | null
if (select) {
  for (const el of document.querySelectorAll<HTMLElement>('.js-hide')) el.hidden = true
  select.addEventListener('change', () => {
    for (const panel of document.querySelectorAll<HTMLElement>('[data-growth]'))
      panel.hidden = panel.dataset.growth !== select.value
    const status = document.getElementById('growth-status')
    const shown = document.querySelector<HTMLElement>(`[data-growth="${select.value}"]`)
    // Heading, steps and summary as sentences, not run together ("…engineerProduction code…").
    const parts = [...(shown?.querySelectorAll('h3, li, p') ?? [])].map((el) => el.textContent?.trim() ?? '').filter(Boolean)
    if (status) status.textContent = parts.map((t) => (/[.:!?]$/.test(t) ? t : `${t}.`)).join(' ')
    const url = new URL(location.href)
    url.searchParams.set('target', select.value)
    history.replaceState(null, '', url)
  })
}

// The invitation to take the quiz is for visitors, not for the person whose result it is. Made
// invisible rather than removed, so nothing on the first screen moves as the script runs.
const mine = (id: string | undefined): boolean => myResults()[id ?? '']?.startsWith('/r/') ?? false
for (const invite of document.querySelectorAll<HTMLElement>('[data-visitor-of]'))
  if (mine(invite.dataset.visitorOf)) invite.classList.add('mine')

// From quiz version 3 on the page's titles speak of the result, not to a person, and what its
// share section sends speaks for no one ("A Role Spectrum result"): without this script a page
// cannot tell its owner from a visitor. On the device that made the result (the first screen
// carries the visitor's invitation, which names the result) the words become the owner's to
// post: "My Role Spectrum result", and the quiz is there to take again.
const subject = document.querySelector<HTMLElement>('[data-visitor-of]')?.dataset.visitorOf
if (subject && mine(subject)) {
  for (const el of document.querySelectorAll<HTMLElement>('.share-links a, [data-share-text]')) {
    const href = el.getAttribute('href')
    if (href) el.setAttribute('href', href.replace(/\bA(%20| )Role/g, 'My$1Role'))
    if (el.dataset.shareText) el.dataset.shareText = el.dataset.shareText.replace(/^A Role/, 'My Role')
  }
  for (const again of document.querySelectorAll<HTMLAnchorElement>('.share a[href="/quiz"]'))
    if (again.textContent === 'Take the quiz') again.textContent = 'Take the quiz again'
}

const owner = document.querySelector<HTMLElement>('[data-owner-of]')
const id = owner?.dataset.ownerOf ?? ''
const link = myResults()[id]
// The owner may answer the questions the adaptive quiz skipped: the same private token proves it.
for (const sharpen of document.querySelectorAll<HTMLElement>('[data-sharpen-of]')) {
  const ownLink = myResults()[sharpen.dataset.sharpenOf ?? '']
  if (!ownLink?.startsWith('/r/')) continue
  const anchor = sharpen.querySelector('a')
  if (anchor) anchor.href = ownLink.replace(/\/delete\?/, '/sharpen?')
  sharpen.hidden = false
}

if (owner && link?.startsWith('/r/')) {
  const anchor = owner.querySelector<HTMLAnchorElement>('.owner-delete')
  if (anchor) anchor.href = link
  owner.hidden = false
  const team = pendingTeam()
  const box = document.querySelector<HTMLElement>('[data-join-team]')
  const form = box?.querySelector('form')
  if (box && form && team) {
    form.action = `/t/${team.id}/join#join`
    // Joining needs the private token, which only this device holds, and the join link's key.
    hidden(form, 'token', new URL(link, location.href).searchParams.get('token') ?? '')
    if (team.key) hidden(form, 'key', team.key)
    box.hidden = false
    // Name the team: "Join Search ranking".
    void pendingTeamName(team).then((name) => {
      if (!name) return
      const title = box.querySelector('h2')
      const button = form.querySelector('button[type="submit"]')
      if (title) title.textContent = `Join ${name}`
      if (button) button.textContent = `Join ${name}`
    })
  }
}

function hidden(form: HTMLFormElement, name: string, value: string): void {
  const input = document.createElement('input')
  input.type = 'hidden'
  input.name = name
  input.value = value
  form.appendChild(input)
}
