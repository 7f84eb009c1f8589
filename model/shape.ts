import type { AreaId, Scores, Shape } from './types'

/** Areas in a sentence. */
const AREA_WORDS: Record<AreaId, string> = {
  stats: 'statistics',
  ml: 'machine learning',
  swe: 'software engineering',
  infra: 'data & ML infrastructure',
  comm: 'communication',
}

/** An area at or above this score is a depth... */
export const DEEP = 60
/** ...and at or above this one a working skill. */
export const WORKING = 35

/**
 * Profile shape after seed 004's skill spectrum: a specialist goes deep in one or two
 * areas, a T-shaped person adds working breadth to a depth, a generalist has broad working
 * skills without one standing out.
 */
export function profileShape(scores: Scores): Shape {
  const ids = Object.keys(scores) as AreaId[]
  const deepAreas = ids.filter((a) => scores[a] >= DEEP)
  const workingAreas = ids.filter((a) => scores[a] >= WORKING)
  const base = { deepAreas, workingAreas }
  if (deepAreas.length > 0 && workingAreas.length <= 2)
    return {
      id: 'specialist',
      name: 'Specialist',
      description:
        'Deep in one or two areas and light elsewhere. Large teams with room to specialise value this most; in a small team you will lean on others for the rest of the path to production.',
      ...base,
    }
  if (deepAreas.length > 0 && deepAreas.length <= 2)
    return {
      id: 't-shaped',
      name: 'T-shaped',
      description:
        'One or two deep areas with working skills around them. This is the profile that thrives in teams without silos, where everyone shares the path from data to production.',
      ...base,
    }
  // Three or more deep areas with others well behind is not "without a peak": it is several peaks.
  if (deepAreas.length >= 3 && deepAreas.length < ids.length)
    return {
      id: 'comb-shaped',
      name: 'Deep in several areas',
      description:
        'Three or more areas at depth, with the rest well behind. Teams that need one person to carry a problem across those areas, from analysis to a running system, value this; the light areas are where others help.',
      ...base,
    }
  // Two working areas and three light ones is not broad: say which two (an analyst's statistics
  // and communication read "Broad generalist" beside machine learning at 13 and software at 17).
  if (workingAreas.length === 2) {
    const [a, b] = workingAreas.map((id) => AREA_WORDS[id])
    return {
      id: 'two-areas',
      name: 'Working in two areas',
      description: `Working skills in ${a} and ${b}, lighter in the other three. Roles built on those two fit this shape; depth in one of them, or a third area at a working level, is the usual next step.`,
      ...base,
    }
  }
  if (workingAreas.length >= 3)
    return {
      id: 'generalist',
      name: 'Broad generalist',
      description:
        'Working skills across several areas, without one or two standing far above the rest. Young teams and small companies, where people wear several hats, need exactly this.',
      ...base,
    }
  return {
    id: 'foundations',
    name: 'Building foundations',
    description:
      'No area is at a working level as a whole yet, though single skills may be. That is where everyone starts: pick the role you want below and grow the three skills it points to.',
    ...base,
  }
}
