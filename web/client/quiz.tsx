import { hydrate } from 'preact'
import { Quiz } from '../quiz/Quiz'
import type { QuizData } from '../quiz/types'
import { rememberTeam } from './handoff'
import { pageData } from './data'

// Arrived through a team's join link: remember the team for the result page's "join" box.
const query = new URLSearchParams(location.search)
rememberTeam(query.get('team'), query.get('key'))

const root = document.getElementById('quiz-root')
if (root) hydrate(<Quiz quiz={pageData<QuizData>()} />, root)
