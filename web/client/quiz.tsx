import { hydrate } from 'preact'
import { Quiz } from '../quiz/Quiz'
import type { QuizData } from '../quiz/types'
import { pendingTeam, pendingTeamName, rememberTeam } from './handoff'
import { pageData } from './data'

// Arrived through a team's join link: remember the team for the result page's "join" box.
const query = new URLSearchParams(location.search)
rememberTeam(query.get('team'), query.get('key'))
// ...and say so before the first question, naming the team.
const team = query.get('team') ? pendingTeam() : null
const note = document.querySelector<HTMLElement>('[data-team-note]')
if (team && note)
  void pendingTeamName(team).then((name) => {
    if (!name) return
    note.textContent = `You are joining ${name}: answer the quiz, then add your result to the team from your result page.`
    note.hidden = false
  })

const root = document.getElementById('quiz-root')
if (root) hydrate(<Quiz quiz={pageData<QuizData>()} />, root)
