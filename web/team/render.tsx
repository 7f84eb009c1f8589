import { render } from 'preact-render-to-string'
import { TeamPage, type TeamPageProps } from './TeamPage'

/**
 * The team page as HTML. Built into its own worker module (worker/generated/team-page.mjs)
 * so that the quiz and result routes never load the team map's components.
 */
export const renderTeamPage = (props: TeamPageProps): string => render(<TeamPage {...props} />)
