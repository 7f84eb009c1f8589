import type { AreaId, ScoringContent, SettingId } from '../types'
import { inSentence, withArticle } from '../words'
import { covers, level, names, topRole } from './members'
import type { Bridge, MemberSnapshot, NeedSource } from './types'

/** What a need's check and hiring rule can see of the team. */
export interface NeedContext {
  content: ScoringContent
  setting: SettingId
  settingName: string
  members: MemberSnapshot[]
  coverage: Record<AreaId, number>
  bridges: Bridge[]
  /** How many members have this role as their top role, a best guess (unclear placement) not counted. */
  count: (roleId: string) => number
  /** Whether any member covers this role. */
  covered: (roleId: string) => boolean
  /** Members whose top role this is only as a best guess (an unclear placement). */
  guessedBy: (roleId: string) => MemberSnapshot[]
}

/** One row of the needs table: when it applies, how it is checked, and whom to hire when it is not met. */
export interface NeedRule {
  id: string
  source: NeedSource
  applies: (setting: SettingId) => boolean
  text: (ctx: NeedContext) => string
  check: (ctx: NeedContext) => { met: boolean; detail: string }
  /** The hire that closes this need when it is unmet; absent when no single hire does. */
  hire?: {
    role: string
    reason: (ctx: NeedContext) => string
    closes: (ctx: NeedContext) => string
    when?: (ctx: NeedContext) => boolean
  }
}

/** The roles each setting needs (seed 000), in the order a team should fill them. */
export const CORE: Record<SettingId, string[]> = {
  'low-batch': ['ml-engineer', 'data-scientist', 'software-engineer', 'data-engineer'],
  'low-online': ['software-engineer', 'ml-engineer', 'data-scientist', 'data-engineer'],
  'high-batch': ['ml-engineer', 'data-scientist', 'applied-scientist', 'software-engineer', 'data-engineer'],
  'high-online': ['software-engineer', 'ml-engineer', 'applied-scientist', 'data-scientist', 'mlops-engineer'],
  horizontal: ['product-manager', 'data-scientist', 'ml-engineer', 'software-engineer', 'ml-solutions-architect'],
}

const roleName = (content: ScoringContent, id: string) => content.roles.find((r) => r.id === id)?.name ?? id
const low = (s: SettingId) => s === 'low-batch' || s === 'low-online'
const online = (s: SettingId) => s === 'low-online' || s === 'high-online'
const always = () => true

/** A row per core role of every setting: covered by someone, or the first hire. */
const coreRoleRules: NeedRule[] = [...new Set(Object.values(CORE).flat())].map((roleId) => ({
  id: `role:${roleId}`,
  source: 'seed-000',
  applies: (s) => CORE[s].includes(roleId),
  text: (ctx) => roleName(ctx.content, roleId),
  check: (ctx) => {
    const by = ctx.members.filter((m) => covers(ctx.content, m, roleId))
    // A member whose unclear placement names this role as a best guess does not cover it: said so, by name.
    const guesses = ctx.guessedBy(roleId)
    return {
      met: ctx.covered(roleId),
      detail: by.length
        ? `Covered by ${names(by)}.`
        : guesses.length
          ? `Not yet: it is only a best guess for ${names(guesses)} (${guesses.length === 1 ? 'an unclear placement' : 'unclear placements'}), which does not count as covering it.`
          : 'Nobody on the team covers this role yet.',
    }
  },
  hire: {
    role: roleId,
    reason: (ctx) =>
      `${ctx.settingName}: this setting needs ${withArticle(roleName(ctx.content, roleId))}, and nobody on the team covers that role’s core yet.`,
    closes: (ctx) => `the ${inSentence(roleName(ctx.content, roleId))} role`,
  },
}))

/** Running the platform: a scheduled data job, a deployed model or a change through CI/CD; a demo app does not count. */
const operates = (m: MemberSnapshot) =>
  level(m, 'infra-data') >= 1 || level(m, 'infra-serving') >= 2 || level(m, 'infra-platform') >= 2

/**
 * The needs table. Rows are listed, checked and shown in this order; the next hire is the
 * first unmet row with a hiring rule, seed 002's advice after everything else.
 */
export const NEED_RULES: NeedRule[] = [
  ...coreRoleRules,
  {
    id: 'no-applied-scientist-yet',
    source: 'seed-000',
    applies: low,
    text: () => 'No applied scientist needed yet',
    check: (ctx) => {
      const researchers = ctx.members.filter((m) =>
        ['applied-scientist', 'research-scientist'].includes(topRole(ctx.content, m).id),
      )
      return {
        met: researchers.length === 0,
        detail: researchers.length
          ? `${names(researchers)} ${researchers.length === 1 ? 'is' : 'are'} closest to research roles: at this stage a new product gains more from baselines shipped than from better models.`
          : 'A new product starts from off-the-shelf models and baselines; research-grade model work pays off later.',
      }
    },
  },
  {
    id: 'everyone-operates-platform',
    source: 'seed-000',
    applies: (s) => s === 'low-batch',
    text: () => 'Everyone can run the platform and ship a simple model or rule',
    check: (ctx) => {
      const others = ctx.members.filter((m) => !operates(m))
      return {
        met: ctx.members.length > 0 && others.length === 0,
        detail:
          ctx.members.length === 0
            ? 'Nobody has joined yet.'
            : others.length === 0
              ? 'Every member has some hands-on infrastructure experience.'
              : `Not yet: ${names(others)} ${others.length === 1 ? 'has' : 'have'} not yet run a data job, deployed a model or shipped through CI/CD.`,
      }
    },
  },
  {
    id: 'online-engineering',
    source: 'seed-000',
    applies: online,
    text: () => 'Live predictions are engineered by engineers, not by data scientists',
    check: (ctx) => {
      const engineers = ctx.members.filter((m) => m.scores.swe >= 60 && level(m, 'infra-serving') >= 2)
      return {
        met: engineers.length > 0,
        detail: engineers.length
          ? `${names(engineers)} can build and run the live serving path, so data scientists can stay on models.`
          : 'Nobody combines strong software engineering with model serving; data scientists would end up doing online engineering.',
      }
    },
    hire: {
      role: 'software-engineer',
      reason: () =>
        'Live predictions need an engineer who can build and run the serving path, so data scientists stay on models.',
      closes: () => 'live predictions are engineered by engineers, not by data scientists',
    },
  },
  {
    id: 'pm-with-ds',
    source: 'seed-000',
    applies: (s) => s === 'horizontal',
    text: () => 'A product manager works closely with data scientists to talk to the client teams',
    check: (ctx) => {
      const pm = ctx.members.filter((m) => covers(ctx.content, m, 'product-manager') || level(m, 'comm-product') >= 3)
      const ds = ctx.members.filter((m) => covers(ctx.content, m, 'data-scientist'))
      return {
        met: pm.length > 0 && ds.length > 0,
        detail: `${pm.length ? `Product: ${names(pm)}.` : 'No one owns product and client conversations.'} ${ds.length ? `Data science: ${names(ds)}.` : 'No data scientist to translate client needs.'}`,
      }
    },
    hire: {
      role: 'product-manager',
      reason: () => 'A horizontal team needs someone who talks to the client teams and sets priorities with the data scientists.',
      closes: () => 'a product manager works closely with data scientists to talk to the client teams',
    },
  },
  {
    id: 'more-mle-than-ds',
    source: 'seed-002',
    applies: always,
    text: () => 'More ML engineers than data scientists',
    check: (ctx) => {
      const mle = ctx.count('ml-engineer') + ctx.count('mlops-engineer')
      const ds = ctx.count('data-scientist') + ctx.count('research-scientist') + ctx.count('applied-scientist')
      // With nobody on either side the balance is not met but moot: the team has no ML role yet.
      if (mle === 0 && ds === 0)
        return {
          met: false,
          detail: 'Nobody on the team has an ML role yet: start with an ML engineer, who ships the first models.',
        }
      return {
        met: mle > ds,
        detail: `${mle} with engineering-side ML roles, ${ds} with science-side ones: shipping models sooner reveals problems a better model would not.`,
      }
    },
    hire: {
      role: 'ml-engineer',
      reason: () =>
        'The team has as many or more data scientists than ML engineers; another ML engineer speeds up the path to production.',
      closes: () => 'the ML engineer to data scientist balance',
    },
  },
  {
    id: 'expert-with-data-engineers',
    source: 'seed-002',
    applies: always,
    text: () => 'In a mid-sized company: one proven ML expert surrounded by data engineers',
    check: (ctx) => {
      const experts = ctx.members.filter((m) => m.scores.ml >= 60)
      const dataEngineers = ctx.members.filter((m) => covers(ctx.content, m, 'data-engineer'))
      return {
        met: experts.length > 0 && dataEngineers.length > 0,
        detail: `${experts.length ? `ML expertise: ${names(experts)}.` : 'No member has deep ML experience yet.'} ${dataEngineers.length ? `Data engineering: ${names(dataEngineers)}.` : 'No data engineer yet.'}`,
      }
    },
    hire: {
      role: 'data-engineer',
      reason: () =>
        'The team has ML expertise but no data engineer to surround it; data engineers who learn from the ML expert grow into a full ML team.',
      closes: () => 'data engineering around the ML expert',
      when: (ctx) => ctx.coverage.ml >= 60,
    },
  },
  ...(
    [
      [
        'de-ds',
        'data-engineer',
        'Nobody connects data pipelines with modelling; a data engineer who learns from the modellers closes the gap (the feature store).',
        'the data engineering ↔ data science bridge',
      ],
      [
        'ds-mle',
        'ml-engineer',
        'Nobody turns training into a pipeline that ships models; an ML engineer collaborates on it instead of a hand-over.',
        'the data science ↔ ML engineering bridge',
      ],
    ] as const
  ).map(
    ([id, role, reason, closes]): NeedRule => ({
      id: `bridge:${id}`,
      source: 'seed-003',
      applies: always,
      text: (ctx) => `Someone bridges ${ctx.bridges.find((b) => b.id === id)!.between}`,
      check: (ctx) => {
        const b = ctx.bridges.find((x) => x.id === id)!
        return { met: b.members.length > 0, detail: b.members.length ? `${b.members.join(', ')}.` : b.explanation }
      },
      hire: { role, reason: () => reason, closes: () => closes },
    }),
  ),
]
