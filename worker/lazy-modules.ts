/**
 * Worker modules uploaded unbundled (find_additional_modules in wrangler.toml) and loaded on
 * first use. The import specifiers must stay relative to the worker's root, where this file
 * sits, because the bundler leaves them untouched.
 */
export const loadCardRenderer = () => import('./generated/card.mjs')
export const loadTeamPage = () => import('./generated/team-page.mjs')
export const loadTeamMap = () => import('./generated/team-map.mjs')
export const loadQuiz = () => import('./generated/quiz.mjs')
export const loadComparePage = () => import('./generated/compare-page.mjs')
export const loadNorms = () => import('./generated/norms.mjs')
export const loadSources = () => import('./generated/sources.mjs')
export const loadPages = () => import('./generated/pages.mjs')
export const loadScoring = () => import('./generated/scoring.mjs')
