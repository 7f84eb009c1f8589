import { level } from './members'
import type { MemberSnapshot } from './types'

/**
 * The two bridges of seed 003: feature stores between data engineering and data science,
 * and the codified training pipeline between data science and ML engineering. A member
 * covers a bridge who is strong on one of its sides (level 3: done it to a high standard) and
 * has done the other side themselves (level 2): someone who has dabbled on both sides does not.
 */
/** Strong on one side, done the other. */
const spans = (a: number, b: number): boolean => Math.min(a, b) >= 2 && Math.max(a, b) >= 3

export const BRIDGES: {
  id: string
  name: string
  between: string
  explanation: string
  covers: (m: MemberSnapshot) => boolean
}[] = [
  {
    id: 'de-ds',
    name: 'Data engineering ↔ data science',
    between: 'data engineering and data science',
    explanation:
      'Someone who builds data pipelines and also explores data or builds models, so that features reach the models (the feature store).',
    covers: (m) => spans(level(m, 'infra-data'), Math.max(level(m, 'stats-exploration'), level(m, 'ml-classical'))),
  },
  {
    id: 'ds-mle',
    name: 'Data science ↔ ML engineering',
    between: 'data science and ML engineering',
    explanation:
      'Someone who builds and evaluates models and also turns training into a repeatable pipeline that ships them (the ML pipeline).',
    covers: (m) => spans(Math.max(level(m, 'ml-classical'), level(m, 'ml-evaluation')), level(m, 'infra-mlpipelines')),
  },
]
