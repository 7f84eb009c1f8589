/** Messages between an embedded page (iframe) and the loader on the host page. */
export const FROM_FRAME = 'role-spectrum'
export const FROM_HOST = 'role-spectrum-host'

export type FrameMessageType = 'hello' | 'ready' | 'progress' | 'complete' | 'height'

export interface FrameMessage {
  source: typeof FROM_FRAME
  widget: string
  type: FrameMessageType
  detail: unknown
}

export interface HostMessage {
  source: typeof FROM_HOST
  widget: string
  type: 'init'
}

/** Settings an embedded page receives from its URL (checked by the worker). */
export interface EmbedSettings {
  parent?: string
  widget?: string
  open: 'inline' | 'tab'
  source?: string
  /** The widget's place among the host page's quiz widgets, from the second on (the first has none). */
  slot?: number
  /** Query string to carry theme and accent on to the embedded result. */
  carry: string
}
