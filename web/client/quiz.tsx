import { hydrate } from 'preact'
import { Quiz } from '../quiz/Quiz'
import type { QuizData } from '../quiz/types'
import { JOIN_KEY } from './copy'
import { pageData } from './data'

// Arrived through a team's join link: remember the team for the result page's "join" box.
const team = new URLSearchParams(location.search).get('team')
if (team && /^[A-Za-z0-9_-]{22}$/.test(team)) {
  try {
    sessionStorage.setItem(JOIN_KEY, team)
  } catch {
    // Without storage the person can still join from the team page with their result link.
  }
}

const root = document.getElementById('quiz-root')
if (root) hydrate(<Quiz quiz={pageData<QuizData>()} />, root)
