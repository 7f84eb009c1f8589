/**
 * Positions and widths from data (a spectrum label at 35 %, a progress bar at 40 %) cannot be
 * inline style attributes: the CSP allows none. Instead an element takes the class of its
 * whole percentage, `pct-35`, which sets `--pct: 35%`, and its CSS uses var(--pct). The 101
 * classes are generated into the stylesheet by scripts/build/web-assets.mjs.
 */
export const percentClass = (fraction: number): string => `pct-${Math.round(Math.min(1, Math.max(0, fraction)) * 100)}`
