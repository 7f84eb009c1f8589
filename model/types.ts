/** The five areas of the quiz; their ids are part of the public API. */
export const AREA_IDS = ['stats', 'ml', 'swe', 'infra', 'comm'] as const
export type AreaId = (typeof AREA_IDS)[number]

/** Which end of the spectrum an area counts towards; communication counts towards neither. */
export type Side = 'science' | 'engineering' | 'neither'

export interface Area {
  id: AreaId
  name: string
  side: Side
  blurb: string
}

export interface SubSkill {
  id: string
  area: AreaId
  name: string
}

export interface Option {
  value: 0 | 1 | 2 | 3 | 4
  label: string
}

/** A question's place in the quiz: what scoring and validation need. */
export interface QuestionRef {
  id: string
  subSkill: string
  area: AreaId
}

/** What a person reads of a question: its prompt, five options and, for some, a hint. */
export interface QuestionWords {
  prompt: string
  options: Option[]
  /** Examples or a definition, shown only on demand to someone unsure what the question means. */
  hint?: string
}

export interface Question extends QuestionRef, QuestionWords {}

/** Team settings of seed 000: product maturity × prediction mode, or a horizontal ML team. */
export const SETTING_IDS = ['low-batch', 'low-online', 'high-batch', 'high-online', 'horizontal'] as const
export type SettingId = (typeof SETTING_IDS)[number]

export interface Setting {
  id: SettingId
  name: string
  summary: string
}

/** Where a role sits: on the science–engineering spectrum, or beside it (product, advocacy, solutions). */
export type Placement = 'spectrum' | 'off'

/** Which source article a role's needs come from, and the fact taken from it (in our words). */
export interface RoleSource {
  /** The article's number in shared/seeds/: 000..004. */
  seed: string
  /** The section or skill line of the article. */
  where: string
  fact: string
}

export interface Role {
  id: string
  name: string
  placement: Placement
  /** What the role is for, in one or two sentences. */
  summary: string
  /** What the work looks like on an ordinary week. */
  dayToDay: string
  /**
   * Level 0..3, to a tenth, a mid-level practitioner has in each sub-skill, keyed by sub-skill id;
   * absent means 0. People are shown the whole level, half up (a need of 2.6 shows as 3, "strong";
   * 2.4 as 2), and the fit uses the need itself.
   */
  needs: Partial<Record<string, number>>
  /**
   * The few core skills that define the role; each clearly unmet one makes the role far less
   * likely to come first (model/placement.ts), and first without it the placement is a best
   * guess (model/certainty.ts). An
   * entry is a sub-skill id, or a list of ids any one of which will do (an ML engineer needs
   * predictive modelling or deep learning).
   */
  mustHaves: (string | string[])[]
  /** One line per team setting the role suits, keyed by setting id. */
  settings: Partial<Record<SettingId, string>>
}

/**
 * A consistency rule: someone at level `atLeast` or above in `when` has, in practice, at
 * least `min` in one of `anyOf`. Broken rules are a sign of careless or random answers.
 */
export interface Implication {
  when: string
  atLeast: number
  /** Any one of these will do; named so that a rule is never mistaken for a promise (`then`). */
  anyOf: string[]
  min: number
  why: string
}

/**
 * The one question that measures no skill: how far the person has guided others' growth. It
 * moves only the seniority band (seniority.ts), never an area, a role's fit or the placement.
 */
export interface SeniorityQuestionRef {
  id: string
}

export interface SeniorityQuestion extends SeniorityQuestionRef, QuestionWords {}

/** Everything scoring needs: the content without the questions' words. */
export interface ScoringContent {
  version: number
  areas: Area[]
  subSkills: SubSkill[]
  questions: QuestionRef[]
  /** Asked last on every path; the skill questions above are what areas and roles rest on. */
  seniorityQuestion: SeniorityQuestionRef
  roles: Role[]
  settings: Setting[]
  /** Roles that anchor the spectrum, from the engineering end to the science end. */
  spectrumAnchors: string[]
  implications: Implication[]
  /**
   * Questions likely left before the first answer of the adaptive quiz, the first included
   * (model/adaptive/next.ts, estimateStartLeft): a few hundred milliseconds of simulation, so stored;
   * test/model/adaptive.test.ts fails when it drifts from a fresh estimate.
   */
  startLeft?: number
  /**
   * How the typical holders of each role, written blind from the articles, answered each skill
   * question, by career stage (model/content/holders.ts): what placement weighs beside the
   * profiles (model/placement.ts). Without it roles are placed by fit alone.
   */
  holders?: HolderCounts
}

/** The career stages typical holders were written at: the holder tables have one each. */
export const HOLDER_BANDS = ['entry', 'mid', 'senior'] as const
export type HolderBand = (typeof HOLDER_BANDS)[number]

/**
 * Role id → stage → the holders' answers, counted: five base-36 digits a skill question, in
 * content order, the counts of answers 0 to 4 ("a3100": ten answered 0, three 1, one 2).
 */
export type HolderCounts = Readonly<Record<string, Readonly<Record<HolderBand, string>>>>

/** The whole quiz content, words included. */
export interface Content extends ScoringContent {
  questions: Question[]
  seniorityQuestion: SeniorityQuestion
}

/** A person's answers: question id → level 0..4. */
export type Answers = Record<string, number>

export type Scores = Record<AreaId, number>

/** How far along a role's path the answers are; role profiles describe `mid`. */
export const SENIORITY_IDS = ['entry', 'mid', 'senior', 'lead'] as const
export type Seniority = (typeof SENIORITY_IDS)[number]

export interface MustHave {
  subSkill: string
  name: string
  level: number
  need: number
  met: boolean
  /** False when the adaptive path asked about none of its sub-skills: `level` and `met` are then expected, not measured. */
  asked?: false
}

export interface RoleFit {
  id: string
  name: string
  /** 0..100: how well the profile matches the role's shape and its must-haves, at any seniority. */
  fit: number
  /**
   * 0..100, the headline from content version 3 on: the share of what the role asks at the
   * person's seniority band (the lower of a range of two, `nearBand`: model/words.ts matchBand)
   * that they have (model/match.ts). Absent on older results.
   */
  match?: number
  /**
   * From 8 December 2026, only where `match` is 100 and a band lies above the one it is counted
   * at: the match at that next band, so roles met in full at the person's band still tell apart
   * ("100 % · 83 % at senior level"), with the (at most two) asked sub-skills furthest below what
   * that band asks, furthest first (model/match.ts shortOf). Absent otherwise and on older results.
   */
  matchAbove?: { band: Seniority; match: number; short?: { subSkill: string; name: string; level: number }[] }
  seniority: Seniority
  /**
   * A second band shown beside `seniority` (from version 3): the band across the nearest cut when
   * the seniority offset lies within NEAR_CUT of it (the band rests on about one answer), or the
   * offset's own band when the role's holders moved `seniority` a step from it (model/seniority.ts
   * holderStep: the two readings disagree).
   */
  nearBand?: Seniority
  placement: Placement
  mustHaves: MustHave[]
  summary: string
  dayToDay: string
  /** Areas where the person covers most of what the role needs. */
  drivers: { area: AreaId; name: string; covered: number }[]
  /** Sub-skills where the person falls furthest short of the role. */
  gaps: { subSkill: string; name: string; level: number; need: number }[]
}

export const CERTAINTY_IDS = ['clear', 'close', 'unclear'] as const
export type CertaintyKind = (typeof CERTAINTY_IDS)[number]

/** How sure the placement is, with the measurements behind it. */
export interface Certainty {
  kind: CertaintyKind
  /** Plain words for the person. */
  reason: string
  /** Share 0..1 of slightly changed answer sets (a few answers moved one level) that keep the top role. */
  stability: number
  /** Broken consistency rules and disagreeing question pairs, weighted by how far off they are. */
  inconsistency: number
  /**
   * For a close call: the role that most often takes the top place when answers are nudged, or,
   * for a steady placement whose next role scores nearly as high (certainty.ts LEAD), that role.
   */
  rival?: string
}

export interface SpectrumAnchor {
  roleId: string
  name: string
  position: number
}

export interface Spectrum {
  position: number
  label: string
  anchors: SpectrumAnchor[]
  /** Set when the closest role sits beside the spectrum rather than on it. */
  offSpectrum?: { roleId: string; name: string }
}

export type ShapeId = 'specialist' | 't-shaped' | 'comb-shaped' | 'two-areas' | 'generalist' | 'foundations'

export interface Shape {
  id: ShapeId
  name: string
  description: string
  deepAreas: AreaId[]
  workingAreas: AreaId[]
}

export interface GrowthStep {
  subSkill: string
  name: string
  area: AreaId
  from: number
  to: number
  fitGain: number
}

/** A skill to grow to the level a role asks at mid level, where growing it alone moves no point of fit (growth.ts). */
export type GrowthLevelStep = Omit<GrowthStep, 'fitGain'>

export interface GrowthPath {
  target: string
  name: string
  fitBefore: number
  fitAfter: number
  positionBefore: number
  positionAfter: number
  steps: GrowthStep[]
  /**
   * From December 2026: after the steps (or in their place), the asked skills furthest below the
   * role's mid-level needs where no further single skill moves the fit; steps and these make at most three.
   */
  depth?: GrowthLevelStep[]
  summary: string
}

export interface SettingAdvice {
  roleId: string
  roleName: string
  settings: { id: SettingId; name: string; line: string }[]
}

export interface SubSkillLevel {
  id: string
  area: AreaId
  name: string
  level: number
  /** False when the adaptive path did not ask about this sub-skill: `level` is then expected, not measured. */
  asked?: false
}

/** Everything a result page needs, computed once and stored unchanged. */
export interface Result {
  quizVersion: number
  /** How many questions the result rests on (from version 3; older results answered every question). */
  answered?: number
  scores: Scores
  /** What the headline role asks at its band, on the same scale as `scores` (from version 3; model/asks.ts). */
  asks?: Scores
  subSkills: SubSkillLevel[]
  spectrum: Spectrum
  roles: RoleFit[]
  shape: Shape
  settings: SettingAdvice[]
  growth: GrowthPath[]
  certainty: Certainty
}

/** A role's fit as versions 0 and 1 stored it: no seniority, placement or must-haves. */
export type LegacyRoleFit = Omit<RoleFit, 'seniority' | 'placement' | 'mustHaves'> &
  Partial<Pick<RoleFit, 'seniority' | 'placement' | 'mustHaves'>>

/** A result of any quiz version, as the pages render it; versions 0 and 1 have no certainty. */
export type AnyResult = Omit<Result, 'roles' | 'certainty'> & { roles: LegacyRoleFit[]; certainty?: Certainty }
