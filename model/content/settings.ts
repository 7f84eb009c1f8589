import type { Setting } from '../types'

/** The five team settings of seed 000: product maturity × prediction mode, plus a horizontal team. */
export const settings: Setting[] = [
  {
    id: 'low-batch',
    name: 'New product, batch predictions',
    summary:
      'A young team scoring data offline. Off-the-shelf models and baselines come first, and engineers, ML engineers and data scientists all run the platform and ship simple models or rules.',
  },
  {
    id: 'low-online',
    name: 'New product, online predictions',
    summary:
      'A young team serving predictions live. Baselines still come first, but real-time serving needs careful engineering, so software engineering and data science stay separate jobs.',
  },
  {
    id: 'high-batch',
    name: 'Mature product, batch predictions',
    summary:
      'An established offline system where a small gain in model quality is worth real money: the moment to add applied scientists beside the engineers and data scientists.',
  },
  {
    id: 'high-online',
    name: 'Mature product, online predictions',
    summary:
      'An established live system where model gains pay off and applied scientists help ship them, while data scientists are kept away from the online engineering.',
  },
  {
    id: 'horizontal',
    name: 'Horizontal ML team',
    summary:
      'One ML team helping many product teams design and launch ML. A product manager and data scientists work closely with the client teams and translate their needs for the engineers.',
  },
]
