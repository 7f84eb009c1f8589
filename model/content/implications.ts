import type { Implication } from '../types'

const rule = (when: string, atLeast: number, anyOf: string | string[], min: number, why: string): Implication => ({
  when,
  atLeast,
  anyOf: Array.isArray(anyOf) ? anyOf : [anyOf],
  min,
  why,
})

/**
 * What a higher answer takes for granted. Each rule holds for practically everyone who
 * answers honestly (the evaluation checks that the typical people break almost none), while
 * random or careless answers break several. Rules only ask for a little (`min` 1 or 2), so
 * an unusual but real profile does not trip them.
 */
export const implications: Implication[] = [
  rule('ml-novel', 3, 'ml-papers', 2, 'A first-author paper means reading papers and using their ideas.'),
  rule('ml-novel', 2, 'ml-papers', 1, 'A research project starts from what others have published.'),
  rule('ml-papers', 3, ['ml-classical', 'ml-deep'], 1, 'Reimplementing a paper means training models.'),
  rule('ml-deep', 3, 'ml-evaluation', 1, 'Fixing a network that overfits means evaluating it.'),
  rule('ml-classical', 3, 'ml-evaluation', 1, 'Improving a model from its errors means evaluating it.'),
  rule(
    'ml-evaluation',
    3,
    ['ml-classical', 'ml-deep'],
    1,
    'Finding leakage in a model’s evaluation means having trained models.',
  ),
  rule(
    'infra-mlpipelines',
    3,
    ['ml-classical', 'ml-deep', 'infra-serving'],
    1,
    'Scheduled retraining means models that are trained or deployed.',
  ),
  rule(
    'infra-serving',
    3,
    'infra-monitoring',
    1,
    'Serving under latency targets with canary releases means watching the service.',
  ),
  rule(
    'infra-monitoring',
    3,
    ['infra-serving', 'swe-services', 'infra-data'],
    1,
    'Catching a silent failure in production means having built something that runs there.',
  ),
  rule('swe-architecture', 3, 'swe-production', 2, 'Designing a resilient system means shipping production code.'),
  rule('swe-services', 3, 'swe-production', 2, 'Running a service on call means shipping production code.'),
  rule('swe-services', 3, 'infra-monitoring', 1, 'Handling incidents means looking at the service’s dashboards.'),
  rule('swe-hardware', 3, 'swe-performance', 2, 'A custom kernel that beats a library starts with profiling.'),
  rule(
    'infra-distributed',
    3,
    ['swe-performance', 'swe-production'],
    1,
    'Multi-node jobs mean code others run and care about speed.',
  ),
  rule('infra-platform', 3, 'swe-production', 1, 'Infrastructure as code lives in version control.'),
  rule('infra-data', 3, 'swe-production', 1, 'Pipelines others depend on are shared code.'),
  rule(
    'stats-modelling',
    3,
    'stats-math',
    1,
    'Checking a Bayesian or time-series model’s assumptions means following its maths.',
  ),
  rule('stats-experiments', 3, ['stats-modelling', 'stats-math'], 1, 'Planning sample sizes means some statistical modelling.'),
  rule('stats-metrics', 3, 'stats-exploration', 1, 'Replacing a misleading metric means exploring the data behind it.'),
  rule('comm-vision', 3, 'comm-product', 1, 'Writing a product vision means planning what gets built.'),
  rule('comm-clients', 3, 'comm-explain', 1, 'Explaining trade-offs to clients means explaining to non-specialists.'),
]
