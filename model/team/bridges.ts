import { level } from './members'
import type { MemberSnapshot } from './types'

/**
 * The two bridges of seed 003: feature stores between data engineering and data science,
 * and the codified training pipeline between data science and ML engineering. A member
 * covers a bridge who works on both of its sides at a working level.
 */
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
    covers: (m) => level(m, 'infra-data') >= 2 && Math.max(level(m, 'stats-exploration'), level(m, 'ml-classical')) >= 2,
  },
  {
    id: 'ds-mle',
    name: 'Data science ↔ ML engineering',
    between: 'data science and ML engineering',
    explanation:
      'Someone who builds and evaluates models and also turns training into a repeatable pipeline that ships them (the ML pipeline).',
    covers: (m) => Math.max(level(m, 'ml-classical'), level(m, 'ml-evaluation')) >= 2 && level(m, 'infra-mlpipelines') >= 2,
  },
]
