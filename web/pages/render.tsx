import type { ComponentProps } from 'preact'
import type { VNode } from 'preact'
import { DeletePage } from './DeletePage'
import { Landing } from './Landing'
import { SavedPage } from './SavedPage'

/**
 * The landing page and the private pages of a result (saved, delete), for the worker to render:
 * a chunk of their own (worker/lazy-modules.ts), loaded by those routes only.
 */
export const landingPage = (props: ComponentProps<typeof Landing>): VNode => <Landing {...props} />

export const savedPage = (props: ComponentProps<typeof SavedPage>): VNode => <SavedPage {...props} />

export const deletePage = (props: ComponentProps<typeof DeletePage>): VNode => <DeletePage {...props} />
