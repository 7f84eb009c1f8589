/** Figures older than this are marked as not updated: the cron trigger runs every 15 minutes. */
const STALE_MS = 60 * 60_000

/** Whether figures computed at `computedAt` missed several cron runs (D1 could not be reached). */
export const isStale = (computedAt: string, now = Date.now()): boolean => now - Date.parse(computedAt) > STALE_MS
