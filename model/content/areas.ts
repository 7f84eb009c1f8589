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
    blurb: 'Production code, services, performance, system design and the hardware underneath.',
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
    blurb: 'Explaining, knowing the domain, product work, teaching and clients.',
  },
]

/**
 * Sub-skills chosen so that neighbouring roles differ in at least one of them: metrics tell
 * the analyst from the data scientist, original research the research scientist from the
 * applied scientist, distributed computing the platform engineer from MLOps, product vision
 * the product owner from the product manager, accelerators the hardware engineer from the
 * platform engineer. Ids are stable: role needs and consistency rules refer to them.
 */
export const subSkills: SubSkill[] = [
  { id: 'stats-experiments', area: 'stats', name: 'Experiments & causal inference' },
  { id: 'stats-modelling', area: 'stats', name: 'Statistical modelling & uncertainty' },
  { id: 'stats-metrics', area: 'stats', name: 'Metrics & reporting' },
  { id: 'stats-exploration', area: 'stats', name: 'Exploratory analysis of messy data' },
  { id: 'stats-math', area: 'stats', name: 'Mathematical foundations' },
  { id: 'ml-classical', area: 'ml', name: 'Building predictive models' },
  { id: 'ml-deep', area: 'ml', name: 'Deep learning' },
  { id: 'ml-evaluation', area: 'ml', name: 'Model evaluation & error analysis' },
  { id: 'ml-papers', area: 'ml', name: 'Implementing published methods' },
  { id: 'ml-novel', area: 'ml', name: 'Original research' },
  { id: 'swe-production', area: 'swe', name: 'Production code & tests' },
  { id: 'swe-services', area: 'swe', name: 'APIs & services' },
  { id: 'swe-performance', area: 'swe', name: 'Algorithms & performance' },
  { id: 'swe-architecture', area: 'swe', name: 'System design' },
  { id: 'swe-hardware', area: 'swe', name: 'Accelerators & low-level code' },
  { id: 'infra-data', area: 'infra', name: 'Data pipelines & storage' },
  { id: 'infra-mlpipelines', area: 'infra', name: 'Repeatable training pipelines' },
  { id: 'infra-serving', area: 'infra', name: 'Model deployment & serving' },
  { id: 'infra-monitoring', area: 'infra', name: 'Monitoring in production' },
  { id: 'infra-distributed', area: 'infra', name: 'Distributed computing' },
  { id: 'infra-platform', area: 'infra', name: 'Containers & deployment automation' },
  { id: 'comm-explain', area: 'comm', name: 'Explaining results to non-specialists' },
  { id: 'comm-domain', area: 'comm', name: 'Subject-matter expertise' },
  { id: 'comm-product', area: 'comm', name: 'Project delivery: scope & timelines' },
  { id: 'comm-vision', area: 'comm', name: 'Product goals & vision' },
  { id: 'comm-teach', area: 'comm', name: 'Teaching, writing & talks' },
  { id: 'comm-clients', area: 'comm', name: 'Advising clients & other teams' },
]
