import { render } from 'preact-render-to-string'
import { CompareEmbed } from './CompareEmbed'
import { ComparePage, type ComparePageProps } from './ComparePage'
import { CompareProblem, PROBLEMS, type Problem } from './CompareProblem'
import { compareWords } from '../../contract/compare-words'

/**
 * The comparison pages as HTML, with their title and description. Built into their own worker
 * module (worker/generated/compare-page.mjs, with the team map's rules they use) so that the
 * main worker stays within its size budget and other routes never load them.
 */
export const renderComparePage = (props: ComparePageProps) => ({
  ...compareWords(props.a, props.b),
  html: render(<ComparePage {...props} />),
})

export const renderCompareEmbed = (props: Omit<ComparePageProps, 'imageUrl'>) => ({
  ...compareWords(props.a, props.b),
  html: render(<CompareEmbed {...props} />),
})

/** The page of a "Compare with…" request that cannot be followed, with its status. */
export function renderCompareProblem(problem: Problem, id: string | undefined) {
  const { status, title, message } = PROBLEMS[problem]
  return { status, title, description: message, html: render(<CompareProblem id={id} title={title} message={message} />) }
}
