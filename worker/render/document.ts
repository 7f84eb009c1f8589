import type { VNode } from 'preact'
import { render } from 'preact-render-to-string'
import { assets } from '../generated/assets'

export interface PageOptions {
  title: string
  description: string
  /** The page's body, rendered here. */
  body: VNode
  /** Browser bundles to load, by name in the asset manifest. */
  scripts?: (keyof typeof assets & ('quiz' | 'result' | 'embedQuiz' | 'embedCard' | 'team' | 'landing'))[]
  /** Data for the client, written into one JSON script. */
  data?: unknown
  canonical?: string
  /** Open Graph and Twitter Card data for link previews. */
  social?: { title: string; description: string; url: string; image: string; imageAlt: string }
  /** oEmbed discovery: the JSON endpoint for this page. */
  oembed?: string
  noindex?: boolean
  /** Extra attributes for <html>, e.g. a theme for embedded pages. */
  htmlAttrs?: Record<string, string>
  /** Stylesheets after the site's own, e.g. an embed's accent colour (never inline styles: see the CSP). */
  stylesheets?: string[]
}

export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** JSON that is safe inside a <script> element: no "</script>", no HTML comment openers. */
const safeJson = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')

const favicon =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Crect x='2' y='14' width='28' height='4' rx='2' fill='%2394a3b8'/%3E%3Ccircle cx='20' cy='16' r='7' fill='%234f46e5'/%3E%3C/svg%3E"

const meta = (attr: 'name' | 'property', key: string, value: string): string =>
  `<meta ${attr}="${key}" content="${escapeHtml(value)}">`

function headExtras(opts: PageOptions): string {
  let out = ''
  if (opts.canonical) out += `<link rel="canonical" href="${escapeHtml(opts.canonical)}">`
  if (opts.noindex) out += meta('name', 'robots', 'noindex')
  const s = opts.social
  if (s)
    out +=
      meta('property', 'og:type', 'website') +
      meta('property', 'og:site_name', 'Role Spectrum') +
      meta('property', 'og:title', s.title) +
      meta('property', 'og:description', s.description) +
      meta('property', 'og:url', s.url) +
      meta('property', 'og:image', s.image) +
      meta('property', 'og:image:type', 'image/png') +
      meta('property', 'og:image:width', '1200') +
      meta('property', 'og:image:height', '630') +
      meta('property', 'og:image:alt', s.imageAlt) +
      meta('name', 'twitter:card', 'summary_large_image') +
      meta('name', 'twitter:title', s.title) +
      meta('name', 'twitter:description', s.description) +
      meta('name', 'twitter:image', s.image)
  if (opts.oembed)
    out += `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(opts.oembed)}" title="${escapeHtml(opts.title)}">`
  return out
}

/** The HTML document around a server-rendered page. */
export function renderDocument(opts: PageOptions): string {
  const attrs = Object.entries(opts.htmlAttrs ?? {})
    .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
    .join('')
  const scripts = (opts.scripts ?? []).map((name) => `<script type="module" src="${assets[name]}"></script>`).join('')
  const data = opts.data === undefined ? '' : `<script type="application/json" id="page-data">${safeJson(opts.data)}</script>`
  return `<!doctype html><html lang="en"${attrs}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="color-scheme" content="light dark"><title>${escapeHtml(opts.title)}</title><meta name="description" content="${escapeHtml(opts.description)}">${headExtras(opts)}<link rel="icon" href="${favicon}">${[assets.style, ...(opts.stylesheets ?? [])].map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('')}${scripts}</head><body>${render(opts.body)}${data}</body></html>`
}
