import * as z from 'zod/mini'
import type { EmbedSettings } from '../web/embed/protocol'
import { shortText } from './text-input'

const origin = z.string().check(
  z.maxLength(200),
  z.refine((v) => {
    try {
      const u = new URL(v)
      return (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === v
    } catch {
      return false
    }
  }, 'must be an origin such as https://example.com'),
)

/** Query of /embed/* pages, as set by the loader from the host's data attributes. */
export const embedQuery = z.object({
  theme: z.optional(z.enum(['light', 'dark', 'auto'])),
  accent: z.optional(z.string().check(z.regex(/^#?[0-9a-fA-F]{6}$/))),
  open: z.optional(z.enum(['inline', 'tab'])),
  source: z.optional(shortText),
  parent: z.optional(origin),
  wid: z.optional(z.string().check(z.regex(/^rs\d{1,6}$/))),
  /** The second, third, … quiz widget of a host page: it keeps its own progress. */
  slot: z.optional(z.string().check(z.regex(/^([2-9]|[1-9]\d)$/))),
})

export type EmbedQuery = z.infer<typeof embedQuery>

/**
 * The widget's options from a query string, each checked on its own: an invalid option (a
 * colour typed wrong, a source tag too long) is dropped and the widget still renders.
 */
export function parseEmbedQuery(query: Record<string, string>): EmbedQuery {
  const out: Record<string, unknown> = {}
  for (const [key, schema] of Object.entries(embedQuery.def.shape)) {
    if (query[key] === undefined) continue
    const parsed = (schema as z.ZodMiniType).safeParse(query[key])
    if (parsed.success) out[key] = parsed.data
  }
  return out as EmbedQuery
}

/** What the embedded page's script needs from the query. */
export function embedSettings(q: EmbedQuery): EmbedSettings {
  const carry = new URLSearchParams()
  for (const key of ['theme', 'accent', 'parent', 'wid'] as const) {
    const v = q[key]
    if (v) carry.set(key, v)
  }
  const s = carry.toString()
  return {
    ...(q.parent ? { parent: q.parent } : {}),
    ...(q.wid ? { widget: q.wid } : {}),
    ...(q.source ? { source: q.source } : {}),
    ...(q.slot ? { slot: Number(q.slot) } : {}),
    open: q.open ?? 'inline',
    carry: s ? `?${s}` : '',
  }
}

/** <html> attributes for the theme. */
export const themeAttributes = (q: EmbedQuery): Record<string, string> =>
  q.theme === 'light' || q.theme === 'dark' ? { 'data-theme': q.theme } : {}

/**
 * The accent colour comes as a stylesheet of this origin, not an inline style: the CSP needs
 * no 'unsafe-inline' for styles, and the colour shows without JavaScript.
 */
export const accentStylesheet = (q: EmbedQuery): string[] =>
  q.accent ? [`/embed/accent.css?accent=${q.accent.replace('#', '').toLowerCase()}`] : []

/**
 * The stylesheet of an accent `rrggbb`: text on it black or white by its luminance. Marked
 * important so that it wins over both themes' own accents, as the host asked for this colour.
 */
export function accentCss(accent: string): string {
  const hex = accent.replace('#', '').toLowerCase()
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
  const lin = (v: number) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
  const luminance = 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!)
  return `:root{--accent:#${hex}!important;--accent-strong:#${hex}!important;--on-accent:${luminance > 0.4 ? '#111111' : '#ffffff'}!important}\n`
}
