import type { AreaId, Content, SettingId } from './types'
import { AREA_IDS } from './types'
import { inSentence, withArticle } from './words'

/** What a team keeps of each member's result: enough to map the team, nothing more. */
export interface MemberSnapshot {
  memberId: string
  name: string
  resultId: string
  joinedAt: string
  scores: Record<AreaId, number>
  position: number
  /** Fit 0..100 for every role, by role id. */
  fits: Record<string, number>
  /** Sub-skill levels 0..4, by sub-skill id. */
  levels: Record<string, number>
}

export interface TeamMember {
  memberId: string
  name: string
  resultId: string
  topRole: { id: string; name: string; fit: number }
  position: number
}

export interface Need {
  id: string
  text: string
  met: boolean
  detail: string
  source: 'seed-000' | 'seed-002' | 'seed-003'
}

export interface TeamView {
  setting: SettingId
  settingName: string
  members: TeamMember[]
  coverage: Record<AreaId, number>
  spread: Record<AreaId, number>
  roles: { id: string; name: string; members: string[] }[]
  overlaps: { id: string; name: string; members: string[] }[]
  bridges: { id: string; name: string; between: string; explanation: string; members: string[] }[]
  needs: Need[]
  nextHire: { role: string; name: string; reason: string; closes: string }
}

/** A member covers a role they fit at least this well, or their own top role. */
export const COVERS = 75

const roleName = (content: Content, id: string) => content.roles.find((r) => r.id === id)?.name ?? id
const lower = inSentence

/** Whether a member covers a role: it is their own top role, or they fit it at least COVERS. */
export const covers = (content: Content, m: MemberSnapshot, roleId: string): boolean =>
  topRole(content, m).id === roleId || (m.fits[roleId] ?? 0) >= COVERS

/** A member's best role: highest fit, ties by the content's role order. */
function topRole(content: Content, m: MemberSnapshot) {
  let best = content.roles[0]!
  for (const r of content.roles) if ((m.fits[r.id] ?? 0) > (m.fits[best.id] ?? 0)) best = r
  return { id: best.id, name: best.name, fit: m.fits[best.id] ?? 0 }
}

const level = (m: MemberSnapshot, id: string) => m.levels[id] ?? 0

/**
 * The two bridges of seed 003: feature stores between data engineering and data science,
 * and the codified training pipeline between data science and ML engineering. A member
 * covers a bridge who works on both of its sides at a working level.
 */
const BRIDGES = [
  {
    id: 'de-ds',
    name: 'Data engineering ↔ data science',
    between: 'data engineering and data science',
    explanation: 'Someone who builds data pipelines and also explores data or builds models, so that features reach the models (the feature store).',
    covers: (m: MemberSnapshot) =>
      level(m, 'infra-data') >= 2 && Math.max(level(m, 'stats-exploration'), level(m, 'ml-classical')) >= 2,
  },
  {
    id: 'ds-mle',
    name: 'Data science ↔ ML engineering',
    between: 'data science and ML engineering',
    explanation: 'Someone who builds and evaluates models and also turns training into a repeatable pipeline that ships them (the ML pipeline).',
    covers: (m: MemberSnapshot) =>
      Math.max(level(m, 'ml-classical'), level(m, 'ml-evaluation')) >= 2 && level(m, 'infra-mlpipelines') >= 2,
  },
]

/** Maps a team: coverage, roles and overlaps, bridges, what its setting needs, and who to hire next. */
export function mapTeam(content: Content, setting: SettingId, snapshots: MemberSnapshot[]): TeamView {
  const members = snapshots.map((m) => ({ m, top: topRole(content, m) }))
  const coverage = {} as Record<AreaId, number>
  const spread = {} as Record<AreaId, number>
  for (const a of AREA_IDS) {
    const values = snapshots.map((m) => m.scores[a])
    coverage[a] = values.length ? Math.max(...values) : 0
    spread[a] = values.length ? Math.max(...values) - Math.min(...values) : 0
  }
  const roles = content.roles
    .map((r) => ({
      id: r.id,
      name: r.name,
      members: members.filter(({ m, top }) => top.id === r.id || (m.fits[r.id] ?? 0) >= COVERS).map(({ m }) => m.name),
    }))
    .filter((r) => r.members.length > 0)
  const overlaps = roles.filter((r) => r.members.length > 1)
  const bridges = BRIDGES.map((b) => ({
    id: b.id,
    name: b.name,
    between: b.between,
    explanation: b.explanation,
    members: snapshots.filter(b.covers).map((m) => m.name),
  }))
  const count = (roleId: string) => members.filter(({ top }) => top.id === roleId).length
  const covered = (roleId: string) => roles.some((r) => r.id === roleId)
  const needs = settingNeeds(content, setting, snapshots, covered, count, bridges)
  const view: TeamView = {
    setting,
    settingName: content.settings.find((s) => s.id === setting)?.name ?? setting,
    members: members.map(({ m, top }) => ({ memberId: m.memberId, name: m.name, resultId: m.resultId, topRole: top, position: m.position })),
    coverage,
    spread,
    roles,
    overlaps,
    bridges,
    needs,
    nextHire: { role: '', name: '', reason: '', closes: '' },
  }
  view.nextHire = nextHire(content, setting, view, count)
  return view
}

/** The roles each setting needs (seed 000), in the order a team should fill them. */
const CORE: Record<SettingId, string[]> = {
  'low-batch': ['ml-engineer', 'data-scientist', 'software-engineer', 'data-engineer'],
  'low-online': ['software-engineer', 'ml-engineer', 'data-scientist', 'data-engineer'],
  'high-batch': ['ml-engineer', 'data-scientist', 'applied-scientist', 'software-engineer', 'data-engineer'],
  'high-online': ['software-engineer', 'ml-engineer', 'applied-scientist', 'data-scientist', 'mlops-engineer'],
  horizontal: ['product-manager', 'data-scientist', 'ml-engineer', 'software-engineer', 'ml-solutions-architect'],
}

function settingNeeds(
  content: Content,
  setting: SettingId,
  snapshots: MemberSnapshot[],
  covered: (roleId: string) => boolean,
  count: (roleId: string) => number,
  bridges: TeamView['bridges'],
): Need[] {
  const needs: Need[] = []
  const names = (ms: MemberSnapshot[]) => ms.map((m) => m.name).join(', ')
  for (const roleId of CORE[setting]) {
    const by = snapshots.filter((m) => covers(content, m, roleId))
    needs.push({
      id: `role:${roleId}`,
      text: `${content.roles.find((r) => r.id === roleId)!.name}`,
      met: covered(roleId),
      detail: by.length ? `Covered by ${names(by)}.` : 'Nobody on the team covers this role yet.',
      source: 'seed-000',
    })
  }
  const low = setting === 'low-batch' || setting === 'low-online'
  if (low) {
    const researchers = snapshots.filter((m) => ['applied-scientist', 'research-scientist'].includes(topRole(content, m).id))
    needs.push({
      id: 'no-applied-scientist-yet',
      text: 'No applied scientist needed yet',
      met: researchers.length === 0,
      detail: researchers.length
        ? `${names(researchers)} ${researchers.length === 1 ? 'is' : 'are'} closest to research roles: at this stage a new product gains more from baselines shipped than from better models.`
        : 'A new product starts from off-the-shelf models and baselines; research-grade model work pays off later.',
      source: 'seed-000',
    })
  }
  if (setting === 'low-batch') {
    // Running the platform: a scheduled data job, a deployed model or a change through CI/CD.
    // A demo app (serving level 1) or a glance at dashboards does not count.
    const operators = snapshots.filter((m) => level(m, 'infra-data') >= 1 || level(m, 'infra-serving') >= 2 || level(m, 'infra-platform') >= 2)
    needs.push({
      id: 'everyone-operates-platform',
      text: 'Everyone can run the platform and ship a simple model or rule',
      met: snapshots.length > 0 && operators.length === snapshots.length,
      detail:
        snapshots.length === 0
          ? 'Nobody has joined yet.'
          : operators.length === snapshots.length
          ? 'Every member has some hands-on infrastructure experience.'
          : `Not yet: ${names(snapshots.filter((m) => !operators.includes(m)))} ${snapshots.length - operators.length === 1 ? 'has' : 'have'} not yet run a data job, deployed a model or shipped through CI/CD.`,
      source: 'seed-000',
    })
  }
  if (setting === 'low-online' || setting === 'high-online') {
    const engineers = snapshots.filter((m) => m.scores.swe >= 60 && level(m, 'infra-serving') >= 2)
    needs.push({
      id: 'online-engineering',
      text: 'Live predictions are engineered by engineers, not by data scientists',
      met: engineers.length > 0,
      detail: engineers.length
        ? `${names(engineers)} can build and run the live serving path, so data scientists can stay on models.`
        : 'Nobody combines strong software engineering with model serving; data scientists would end up doing online engineering.',
      source: 'seed-000',
    })
  }
  if (setting === 'horizontal') {
    const pm = snapshots.filter((m) => covers(content, m, 'product-manager') || level(m, 'comm-product') >= 3)
    const ds = snapshots.filter((m) => covers(content, m, 'data-scientist'))
    needs.push({
      id: 'pm-with-ds',
      text: 'A product manager works closely with data scientists to talk to the client teams',
      met: pm.length > 0 && ds.length > 0,
      detail: `${pm.length ? `Product: ${names(pm)}.` : 'No one owns product and client conversations.'} ${ds.length ? `Data science: ${names(ds)}.` : 'No data scientist to translate client needs.'}`,
      source: 'seed-000',
    })
  }
  const mle = count('ml-engineer') + count('mlops-engineer')
  const dsCount = count('data-scientist') + count('research-scientist') + count('applied-scientist')
  needs.push({
    id: 'more-mle-than-ds',
    text: 'More ML engineers than data scientists',
    met: dsCount === 0 || mle > dsCount,
    detail: `${mle} with engineering-side ML roles, ${dsCount} with science-side ones: shipping models sooner reveals problems a better model would not.`,
    source: 'seed-002',
  })
  const experts = snapshots.filter((m) => m.scores.ml >= 60)
  const dataEngineers = snapshots.filter((m) => covers(content, m, 'data-engineer'))
  needs.push({
    id: 'expert-with-data-engineers',
    text: 'In a mid-sized company: one proven ML expert surrounded by data engineers',
    met: experts.length > 0 && dataEngineers.length > 0,
    detail: `${experts.length ? `ML expertise: ${names(experts)}.` : 'No member has deep ML experience yet.'} ${dataEngineers.length ? `Data engineering: ${names(dataEngineers)}.` : 'No data engineer yet.'}`,
    source: 'seed-002',
  })
  for (const b of bridges)
    needs.push({
      id: `bridge:${b.id}`,
      text: `Someone bridges ${b.between}`,
      met: b.members.length > 0,
      detail: b.members.length ? `${b.members.join(', ')}.` : b.explanation,
      source: 'seed-003',
    })
  return needs
}

function nextHire(content: Content, setting: SettingId, view: TeamView, count: (roleId: string) => number): TeamView['nextHire'] {
  const pick = (role: string, reason: string, closes: string) => ({ role, name: roleName(content, role), reason, closes })
  if (view.members.length === 0)
    return pick(
      'ml-engineer',
      'An empty team: a first ML engineer can build a baseline model and run it in production, which is the first milestone for any setting.',
      'everything, for now',
    )
  const missing = CORE[setting].find((r) => !view.roles.some((c) => c.id === r))
  if (missing)
    return pick(
      missing,
      `${view.settingName}: this setting needs ${withArticle(roleName(content, missing))}, and nobody on the team fits that role yet.`,
      `the ${lower(roleName(content, missing))} role`,
    )
  const unmet = view.needs.find((n) => !n.met && n.source !== 'seed-002')
  if (unmet?.id === 'online-engineering')
    return pick('software-engineer', 'Live predictions need an engineer who can build and run the serving path, so data scientists stay on models.', unmet.text.toLowerCase())
  if (unmet?.id === 'pm-with-ds') return pick('product-manager', 'A horizontal team needs someone who talks to the client teams and sets priorities with the data scientists.', unmet.text.toLowerCase())
  if (unmet?.id === 'bridge:de-ds') return pick('data-engineer', 'Nobody connects data pipelines with modelling; a data engineer who learns from the modellers closes the gap (the feature store).', 'the data engineering ↔ data science bridge')
  if (unmet?.id === 'bridge:ds-mle') return pick('ml-engineer', 'Nobody turns training into a pipeline that ships models; an ML engineer collaborates on it instead of a hand-over.', 'the data science ↔ ML engineering bridge')
  const ratio = view.needs.find((n) => n.id === 'more-mle-than-ds')
  if (ratio && !ratio.met)
    return pick('ml-engineer', 'The team has as many or more data scientists than ML engineers; another ML engineer speeds up the path to production.', 'the ML engineer to data scientist balance')
  const expert = view.needs.find((n) => n.id === 'expert-with-data-engineers')
  if (expert && !expert.met && view.coverage.ml >= 60)
    return pick('data-engineer', 'The team has ML expertise but no data engineer to surround it; data engineers who learn from the ML expert grow into a full ML team.', 'data engineering around the ML expert')
  const weakest = AREA_IDS.reduce((a, b) => (view.coverage[b] < view.coverage[a] ? b : a))
  const best = content.roles
    .filter((r) => CORE[setting].includes(r.id) || r.id === 'data-engineer')
    .map((r) => ({ r, need: content.subSkills.filter((s) => s.area === weakest).reduce((sum, s) => sum + (r.needs[s.id] ?? 0), 0) }))
    .sort((a, b) => b.need - a.need)[0]!.r
  return pick(
    best.id,
    `Every need of this setting is covered. The team is weakest in ${inSentence(content.areas.find((a) => a.id === weakest)!.name)} (best ${view.coverage[weakest]} of 100); this hire adds the most there.`,
    `depth in ${inSentence(content.areas.find((a) => a.id === weakest)!.name)}`,
  )
}

