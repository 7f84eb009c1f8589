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

export interface Question {
  id: string
  subSkill: string
  area: AreaId
  prompt: string
  options: Option[]
}

/** Team settings of seed 000: product maturity × prediction mode, or a horizontal ML team. */
export const SETTING_IDS = ['low-batch', 'low-online', 'high-batch', 'high-online', 'horizontal'] as const
export type SettingId = (typeof SETTING_IDS)[number]

export interface Setting {
  id: SettingId
  name: string
  summary: string
}

export interface Role {
  id: string
  name: string
  /** What the role is for, in one or two sentences. */
  summary: string
  /** What the work looks like on an ordinary week. */
  dayToDay: string
  /** Level 0..4 the role needs in each sub-skill, keyed by sub-skill id. */
  needs: Record<string, number>
  /** One line per team setting the role suits, keyed by setting id. */
  settings: Partial<Record<SettingId, string>>
}

export interface Content {
  version: number
  areas: Area[]
  subSkills: SubSkill[]
  questions: Question[]
  roles: Role[]
  settings: Setting[]
  /** Roles that anchor the spectrum, from the engineering end to the science end. */
  spectrumAnchors: string[]
}

/** A person's answers: question id → level 0..4. */
export type Answers = Record<string, number>

export type Scores = Record<AreaId, number>

export interface RoleFit {
  id: string
  name: string
  fit: number
  summary: string
  dayToDay: string
  /** Areas where the person covers most of what the role needs. */
  drivers: { area: AreaId; name: string; covered: number }[]
  /** Sub-skills where the person falls furthest short of the role. */
  gaps: { subSkill: string; name: string; level: number; need: number }[]
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
}

export type ShapeId = 'specialist' | 't-shaped' | 'generalist' | 'foundations'

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

export interface GrowthPath {
  target: string
  name: string
  fitBefore: number
  fitAfter: number
  positionBefore: number
  positionAfter: number
  steps: GrowthStep[]
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
}

/** Everything a result page needs, computed once and stored unchanged. */
export interface Result {
  quizVersion: number
  scores: Scores
  subSkills: SubSkillLevel[]
  spectrum: Spectrum
  roles: RoleFit[]
  shape: Shape
  settings: SettingAdvice[]
  growth: GrowthPath[]
}
