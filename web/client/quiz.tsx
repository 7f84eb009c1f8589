import { hydrate } from 'preact'
import { Quiz } from '../quiz/Quiz'
import type { QuizData } from '../quiz/types'
import { pageData } from './data'

const root = document.getElementById('quiz-root')
if (root) hydrate(<Quiz quiz={pageData<QuizData>()} />, root)
