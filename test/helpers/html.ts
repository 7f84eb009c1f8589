/**
 * Reading the HTML the worker sends as a browser would, with workerd's own streaming HTML
 * parser (HTMLRewriter) instead of regular expressions over markup: find elements by CSS
 * selector, read their attributes and their text (entities decoded, white space collapsed).
 */

export interface Found {
  attrs: Record<string, string>
  /** The element's text; `separator` (default none) goes between the text of neighbouring elements. */
  text: string
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }
const decode = (raw: string): string =>
  raw.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1)))
    return ENTITIES[name.toLowerCase()] ?? whole
  })

/** What HTMLRewriter hands an element handler (the DOM's Element type shadows it in these tests). */
interface RewriterElement {
  attributes: Iterable<[string, string]>
  canHaveContent?: boolean
  onEndTag(handler: () => void): void
}

/** Every element of `html` that matches `selector`, in document order. */
export async function select(html: string, selector: string, separator = ''): Promise<Found[]> {
  const found: { attrs: Record<string, string>; text: string }[] = []
  const open = new Set<{ text: string }>()
  await new HTMLRewriter()
    .on(selector, {
      element(node) {
        const el = node as unknown as RewriterElement
        const entry = { attrs: Object.fromEntries([...el.attributes]), text: '' }
        found.push(entry)
        // A void element (<img>, <br>) has no end tag and holds no text.
        if (el.canHaveContent === false) return
        try {
          el.onEndTag(() => {
            open.delete(entry)
          })
          open.add(entry)
        } catch {}
      },
    })
    .on('*', {
      element() {
        for (const entry of open) entry.text += separator
      },
      text(chunk) {
        for (const entry of open) entry.text += chunk.text
      },
    })
    .transform(new Response(html))
    .text()
  return found.map((f) => ({ attrs: f.attrs, text: decode(f.text).replace(/\s+/g, ' ').trim() }))
}

/** The first element matching `selector`; throws when there is none, naming the selector. */
export async function first(html: string, selector: string, separator = ''): Promise<Found> {
  const [hit] = await select(html, selector, separator)
  if (!hit) throw new Error(`no element matches ${selector}`)
  return hit
}

/**
 * The text of the first element matching `selector`, or without one of the whole of `html`
 * (a page or any slice of one).
 */
export const textOf = async (html: string, selector?: string, separator = ''): Promise<string> =>
  selector === undefined
    ? (await first(`<x-all>${html}</x-all>`, 'x-all', separator)).text
    : (await first(html, selector, separator)).text
