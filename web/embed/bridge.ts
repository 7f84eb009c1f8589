import { FROM_FRAME, FROM_HOST, type FrameMessageType, type HostMessage } from './protocol'

export interface Bridge {
  send: (type: FrameMessageType, detail: unknown) => void
}

/**
 * The iframe's side of the widget protocol. It says "hello" to the origin the page was
 * given, then speaks only after the host's loader has said "init" from exactly that origin;
 * until then messages wait in a queue. It reports its height whenever the page changes size.
 */
export function connect(parent: string | undefined, widget: string | undefined): Bridge {
  if (!parent || !widget || window.parent === window) return { send: () => undefined }
  let ready = false
  const queue: [FrameMessageType, unknown][] = []
  const post = (type: FrameMessageType, detail: unknown) =>
    window.parent.postMessage({ source: FROM_FRAME, widget, type, detail }, parent)
  const height = () => Math.ceil(document.documentElement.getBoundingClientRect().height)
  let last = 0
  const report = () => {
    const h = height()
    if (ready && h !== last) {
      last = h
      post('height', { height: h })
    }
  }
  window.addEventListener('message', (e: MessageEvent<HostMessage>) => {
    if (e.origin !== parent || e.source !== window.parent) return
    if (e.data?.source !== FROM_HOST || e.data.widget !== widget || e.data.type !== 'init' || ready) return
    ready = true
    post('ready', {})
    report()
    for (const [type, detail] of queue.splice(0)) post(type, detail)
  })
  new ResizeObserver(report).observe(document.documentElement)
  // Whichever comes first, the host's "init" on load or its answer to this "hello", starts the talk.
  post('hello', {})
  return {
    send: (type, detail) => {
      if (ready) post(type, detail)
      else queue.push([type, detail])
    },
  }
}
