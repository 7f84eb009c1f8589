import type { VNode } from 'preact'
import { TeamPage, type TeamPageProps } from './TeamPage'

/**
 * The team page, for the worker to render: a chunk of its own (worker/lazy-modules.ts), so that
 * the quiz and result routes never load the team map's components.
 */
export const teamPage = (props: TeamPageProps): VNode => <TeamPage {...props} />
