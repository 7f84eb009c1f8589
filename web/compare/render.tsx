import { CompareEmbed } from './CompareEmbed'
import { ComparePage, type ComparePageProps } from './ComparePage'
import { CompareProblem, PROBLEMS, type Problem } from './CompareProblem'
import { compareWords } from '../../contract/compare-words'

/**
 * The comparison pages with their title and description, for the worker to render: a chunk of
 * their own (worker/lazy-modules.ts, with the team map's rules they use), so other routes never
 * load them.
 */
export const comparePage = (props: ComparePageProps) => ({
  ...compareWords(props.a, props.b),
  body: <ComparePage {...props} />,
})

export const compareEmbedPage = (props: Omit<ComparePageProps, 'imageUrl'>) => ({
  ...compareWords(props.a, props.b),
  body: <CompareEmbed {...props} />,
})

/** The page of a "Compare with…" request that cannot be followed, with its status. */
export function compareProblemPage(problem: Problem, id: string | undefined) {
  const { status, title, message } = PROBLEMS[problem]
  return { status, title, description: message, body: <CompareProblem id={id} title={title} message={message} /> }
}
