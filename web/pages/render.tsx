import type { ComponentProps } from 'preact'
import { render } from 'preact-render-to-string'
import { DeletePage } from './DeletePage'
import { Landing } from './Landing'
import { SavedPage } from './SavedPage'

/**
 * The landing page and the private pages of a result (saved, delete) as HTML. Built into its own
 * worker module (worker/generated/pages.mjs) so that the main worker, which every route loads,
 * carries only the result page's components.
 */
export const renderLanding = (props: ComponentProps<typeof Landing>): string => render(<Landing {...props} />)

export const renderSavedPage = (props: ComponentProps<typeof SavedPage>): string => render(<SavedPage {...props} />)

export const renderDeletePage = (props: ComponentProps<typeof DeletePage>): string => render(<DeletePage {...props} />)
