import { RANDOM_ID_PATTERN } from '../../worker/random-id'

const ID = RANDOM_ID_PATTERN.source.slice(1, -1)

/** Shows every `[data-copy-target]` button and copies its input's value on click. */
export function enableCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-target]')) {
    const input = document.getElementById(button.dataset.copyTarget ?? '') as HTMLInputElement | null
    if (!input) continue
    const status = button.closest('.field, section')?.querySelector('[role="status"]')
    const say = (text: string) => {
      if (status) status.textContent = text
    }
    button.hidden = false
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(input.value)
        say('Link copied.')
      } catch {
        input.select()
        say('Press Ctrl+C (or ⌘C) to copy the selected link.')
      }
    })
  }
}

/** Private delete links of results made on this device, by result id. */
export function myResults(): Record<string, string> {
  try {
    return JSON.parse(localStorage.getItem('role-spectrum:mine') ?? '{}') as Record<string, string>
  } catch {
    return {}
  }
}

export const JOIN_KEY = 'role-spectrum:join-team'

/** A team id, or a team id and its join key, as kept for this tab. */
const PENDING = new RegExp(`^(${ID})(?: (${ID}))?$`)

/** Remembers, for this tab, the team whose join link led to the quiz (with its join key, if any). */
export function rememberTeam(id: string | null, key: string | null): void {
  if (!id || !PENDING.test(key ? `${id} ${key}` : id)) return
  try {
    sessionStorage.setItem(JOIN_KEY, key ? `${id} ${key}` : id)
  } catch {
    // Without storage the person can still join from the team page with their private link.
  }
}

/** The team this tab came to join, if any. */
export function pendingTeam(): { id: string; key?: string | undefined } | null {
  try {
    const m = PENDING.exec(sessionStorage.getItem(JOIN_KEY) ?? '')
    return m ? { id: m[1]!, key: m[2] } : null
  } catch {
    return null
  }
}
