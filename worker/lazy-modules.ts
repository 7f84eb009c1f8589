/**
 * Parts of the worker loaded on first use. The build (scripts/build/worker.mjs) splits every
 * dynamic import into its own chunk, so a route loads only what it needs and the code that runs
 * at startup stays small; tests and type checks see the source itself.
 */
// The social-card renderer with its glyph outlines: only the image routes.
export const loadCardRenderer = () => import('./image/card')
// The team page's components: the team routes only.
export const loadTeamPage = () => import('../web/team/render')
// The team map's arithmetic: the team routes and the team's object.
export const loadTeamMap = () => import('../model/team/index')
// The questions' words and the quiz pages: only the quiz routes.
export const loadQuiz = () => import('./quiz-module')
// The comparison pages, with the team map's rules they read a pair by: the compare routes only.
export const loadComparePage = () => import('../web/compare/render')
// Computing the norms from D1 (cron, first read) and the /stats page.
export const loadNorms = () => import('./norms/module')
// Widget sources and their owners' cohort views: the /s and /api/sources routes only.
export const loadSources = () => import('./sources/handlers')
// A result's page: the result routes.
export const loadResultPage = () => import('../web/result/ResultPage')
// The landing page and a result's private pages (saved, delete).
export const loadPages = () => import('../web/pages/render')
// The model's algorithms (assess, the adaptive quiz's next step): only the routes that score
// answers or pick a question.
export const loadAlgorithms = () => import('./algorithms')
