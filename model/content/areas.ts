import type { Area, SubSkill } from '../types'

export const areas: Area[] = [
  {
    id: 'stats',
    name: 'Statistics & analysis',
    side: 'science',
    blurb: 'Experiments, statistical models, metrics and the maths underneath.',
  },
  {
    id: 'ml',
    name: 'Machine learning',
    side: 'science',
    blurb: 'Building, evaluating and researching models.',
  },
  {
    id: 'swe',
    name: 'Software engineering',
    side: 'engineering',
    blurb: 'Production code, services, performance and system design.',
  },
  {
    id: 'infra',
    name: 'Data & ML infrastructure',
    side: 'engineering',
    blurb: 'Pipelines, serving, monitoring, compute and deployment platforms.',
  },
  {
    id: 'comm',
    name: 'Communication & product',
    side: 'neither',
    blurb: 'Explaining, framing problems, product work, teaching and clients.',
  },
]

/**
 * Sub-skills chosen so that neighbouring roles differ in at least one of them:
 * dashboards tell the analyst from the data scientist, original research the research
 * scientist from the research engineer, compute the platform engineer from MLOps, and so on.
 */
export const subSkills: SubSkill[] = [
  { id: 'stats-experiments', area: 'stats', name: 'Experiment design & causal inference' },
  { id: 'stats-modelling', area: 'stats', name: 'Statistical modelling & uncertainty' },
  { id: 'stats-metrics', area: 'stats', name: 'Business metrics & dashboards' },
  { id: 'stats-exploration', area: 'stats', name: 'Exploratory analysis of messy data' },
  { id: 'stats-math', area: 'stats', name: 'Mathematical foundations' },
  { id: 'ml-classical', area: 'ml', name: 'Classical modelling & features' },
  { id: 'ml-deep', area: 'ml', name: 'Deep learning' },
  { id: 'ml-evaluation', area: 'ml', name: 'Model evaluation & error analysis' },
  { id: 'ml-papers', area: 'ml', name: 'Reading & reproducing papers' },
  { id: 'ml-novel', area: 'ml', name: 'Original research' },
  { id: 'swe-production', area: 'swe', name: 'Production code & tests' },
  { id: 'swe-services', area: 'swe', name: 'APIs & services' },
  { id: 'swe-performance', area: 'swe', name: 'Algorithms & performance' },
  { id: 'swe-architecture', area: 'swe', name: 'System design & architecture' },
  { id: 'infra-data', area: 'infra', name: 'Data pipelines & warehouses' },
  { id: 'infra-mlpipelines', area: 'infra', name: 'Training pipelines & feature stores' },
  { id: 'infra-serving', area: 'infra', name: 'Model serving' },
  { id: 'infra-monitoring', area: 'infra', name: 'Monitoring ML in production' },
  { id: 'infra-compute', area: 'infra', name: 'Distributed training & accelerators' },
  { id: 'infra-platform', area: 'infra', name: 'Containers, cloud & CI/CD' },
  { id: 'comm-explain', area: 'comm', name: 'Explaining results to non-specialists' },
  { id: 'comm-framing', area: 'comm', name: 'Framing business problems' },
  { id: 'comm-product', area: 'comm', name: 'Product requirements & prioritisation' },
  { id: 'comm-teach', area: 'comm', name: 'Teaching, writing & advocacy' },
  { id: 'comm-clients', area: 'comm', name: 'Working with clients & other teams' },
]
