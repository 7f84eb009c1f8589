/**
 * What this device keeps between pages, in one place: the private links of results made here
 * (localStorage, so a result page can offer "delete" and the team page "leave"), and the team
 * whose join link led to the quiz (sessionStorage, for this tab: the result page then offers
 * to join it, and the team page forgets it once joined).
 */
import { RANDOM_ID_PATTERN } from '../../contract/random-id'

const MINE = 'role-spectrum:mine'
const JOIN_KEY = 'role-spectrum:join-team'
const ID = RANDOM_ID_PATTERN.source.slice(1, -1)

/** Keeps the private delete link of a result created on this device, for its result page. */
export function rememberMyResult(id: string, deleteUrl: string): void {
  try {
    const mine = myResults()
    mine[id] = deleteUrl
    localStorage.setItem(MINE, JSON.stringify(mine))
  } catch {
    // Without storage the delete link is still in the API response; the page just will not offer it.
  }
}

/** Private delete links of results made on this device, by result id. */
export function myResults(): Record<string, string> {
  try {
    return JSON.parse(localStorage.getItem(MINE) ?? '{}') as Record<string, string>
  } catch {
    return {}
  }
}

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

/** Forgets the team this tab came to join (it has joined). */
export function forgetTeam(): void {
  try {
    sessionStorage.removeItem(JOIN_KEY)
  } catch {
    // no storage
  }
}

/** The name of the team this tab came to join, from the public team API (null when it cannot be read). */
export async function pendingTeamName(team: { id: string; key?: string | undefined }): Promise<string | null> {
  try {
    const res = await fetch(`/api/teams/${team.id}${team.key ? `?key=${team.key}` : ''}`)
    if (!res.ok) return null
    const body = (await res.json()) as { name?: unknown }
    return typeof body.name === 'string' ? body.name : null
  } catch {
    return null
  }
}
