// The widget loader, served as /embed.js. No dependencies, no inline styles or scripts:
// it works on host pages whose CSP allows only this script's origin (script-src, frame-src).
import { FROM_FRAME, FROM_HOST, type FrameMessage } from './protocol'

export interface MountOptions {
  /** A result id: embed its card instead of the quiz. */
  result?: string
  theme?: 'light' | 'dark' | 'auto'
  /** Accent colour as #rrggbb. */
  accent?: string
  /** Where a finished quiz shows its result: in the frame, or in a new tab. */
  open?: 'inline' | 'tab'
  /** A tag stored with results created through this widget. */
  source?: string
  onComplete?: (detail: unknown) => void
}

interface Widget {
  element: HTMLElement
  iframe: HTMLIFrameElement
  options: MountOptions
  /** Whether the host was told `ready`: once a widget, though each page the frame loads (the quiz, then its result) says it. */
  ready?: boolean
  /** The quiz step the frame last reported, to tell a move to another step from a changed answer. */
  step?: unknown
}

declare global {
  interface Window {
    RoleSpectrum?: { mount: (element: HTMLElement, options?: MountOptions) => HTMLIFrameElement }
  }
  interface HTMLElement {
    __roleSpectrum?: Widget
  }
}

;(() => {
  if (window.RoleSpectrum) return
  const script = document.currentScript as HTMLScriptElement | null
  const origin = new URL(script?.src ?? location.href).origin
  const widgets = new Map<string, Widget>()
  let count = 0
  /** The slot of each quiz frame: from 2 on, a frame keeps its own saved progress. */
  const slots = new Map<HTMLIFrameElement, number>()
  /**
   * The lowest slot no quiz frame still on the page holds: a page's only quiz widget keeps slot
   * 1 (the plain key) however often a single-page app puts it back.
   */
  const freeSlot = (iframe: HTMLIFrameElement): number => {
    const used = new Set<number>()
    for (const [frame, slot] of slots)
      if (frame.isConnected) used.add(slot)
      else slots.delete(frame)
    let slot = 1
    while (used.has(slot) && slot < 99) slot++
    slots.set(iframe, slot)
    return slot
  }

  const init = (id: string, iframe: HTMLIFrameElement) =>
    iframe.contentWindow?.postMessage({ source: FROM_HOST, widget: id, type: 'init' }, origin)

  const mount = (element: HTMLElement, options: MountOptions = {}): HTMLIFrameElement => {
    const existing = element.__roleSpectrum
    if (existing) return existing.iframe
    const d = element.dataset
    const o: MountOptions = {
      result: options.result ?? d.roleSpectrumResult,
      theme: options.theme ?? (d.theme as MountOptions['theme']),
      accent: options.accent ?? d.accent,
      open: options.open ?? (d.open as MountOptions['open']),
      source: options.source ?? d.source,
      onComplete: options.onComplete,
    }
    const id = `rs${++count}`
    const params = new URLSearchParams({ parent: location.origin, wid: id })
    for (const key of ['theme', 'accent', 'open', 'source'] as const) {
      const value = o[key]
      if (value) params.set(key, value)
    }
    const iframe = document.createElement('iframe')
    const slot = o.result ? 1 : freeSlot(iframe)
    if (slot > 1) params.set('slot', String(slot))
    iframe.src = `${origin}/embed/${o.result ? `r/${encodeURIComponent(o.result)}` : 'quiz'}?${params}`
    iframe.title = o.result ? 'Role Spectrum result' : 'Role Spectrum quiz'
    iframe.setAttribute('allow', 'clipboard-write')
    const s = iframe.style
    s.width = '100%'
    s.border = '0'
    s.display = 'block'
    s.overflow = 'hidden'
    s.height = o.result ? '420px' : '720px'
    iframe.addEventListener('load', () => init(id, iframe))
    const widget = { element, iframe, options: o }
    element.__roleSpectrum = widget
    widgets.set(id, widget)
    element.appendChild(iframe)
    return iframe
  }

  window.addEventListener('message', (e: MessageEvent<FrameMessage>) => {
    if (e.origin !== origin || e.data?.source !== FROM_FRAME) return
    const w = widgets.get(e.data.widget)
    if (!w || e.source !== w.iframe.contentWindow) return
    const { type, detail } = e.data
    if (type === 'hello') return init(e.data.widget, w.iframe)
    if (type === 'height') {
      const h = Number((detail as { height?: unknown }).height)
      if (h > 0 && h < 20000) w.iframe.style.height = `${h}px`
      return
    }
    if (type === 'ready') {
      if (w.ready) return
      w.ready = true
    }
    // The frame is as tall as its content, so the host page scrolls, not the frame: on a phone,
    // Next or "See my result" at the bottom left the next question or the result's headline
    // above the screen. A move to another step (never a changed answer, never the first report) or
    // the finish brings the frame's top back into view.
    const step = (detail as { step?: unknown } | undefined)?.step
    if (
      (type === 'complete' || (type === 'progress' && w.step !== undefined && step !== w.step)) &&
      w.iframe.getBoundingClientRect().top < 0
    )
      w.iframe.scrollIntoView()
    if (type === 'progress') w.step = step
    w.element.dispatchEvent(new CustomEvent(`rolespectrum:${type}`, { detail, bubbles: true }))
    if (type === 'complete') w.options.onComplete?.(detail)
  })

  /**
   * An iframe pasted from an oEmbed answer (`data-role-spectrum-frame`) has a fixed height that
   * fits one width. Adopted, it is given this page's origin and a widget id, so it reports its
   * height like a mounted widget and grows or shrinks with the page; it loads once more for that,
   * as a fresh iframe in its place (Chromium sometimes leaves a frame whose src changes during its
   * first load on the old page for good).
   */
  const adopt = (iframe: HTMLIFrameElement) => {
    if (iframe.dataset.roleSpectrumFrame !== '' || Array.from(widgets.values()).some((w) => w.iframe === iframe)) return
    let src: URL
    try {
      src = new URL(iframe.src)
    } catch {
      return
    }
    if (src.origin !== origin || !src.pathname.startsWith('/embed/')) return
    const id = `rs${++count}`
    src.searchParams.set('parent', location.origin)
    src.searchParams.set('wid', id)
    const fresh = iframe.cloneNode(false) as HTMLIFrameElement
    if (src.pathname === '/embed/quiz') {
      const slot = freeSlot(fresh)
      if (slot > 1) src.searchParams.set('slot', String(slot))
      else src.searchParams.delete('slot')
    }
    fresh.dataset.roleSpectrumFrame = id
    fresh.src = src.href
    widgets.set(id, { element: iframe.parentElement ?? fresh, iframe: fresh, options: {} })
    fresh.addEventListener('load', () => init(id, fresh))
    iframe.replaceWith(fresh)
  }

  const SELECTOR = '[data-role-spectrum],[data-role-spectrum-result]'
  const FRAMES = 'iframe[data-role-spectrum-frame]'
  const scan = (root: Element | Document) => {
    if (root instanceof HTMLElement && root.matches(SELECTOR)) mount(root)
    for (const el of root.querySelectorAll<HTMLElement>(SELECTOR)) mount(el)
    if (root instanceof HTMLIFrameElement && root.matches(FRAMES)) adopt(root)
    for (const el of root.querySelectorAll<HTMLIFrameElement>(FRAMES)) adopt(el)
  }

  window.RoleSpectrum = { mount }
  scan(document)
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n instanceof HTMLElement) scan(n)
  }).observe(document.documentElement, { childList: true, subtree: true })
})()
