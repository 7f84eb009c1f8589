/**
 * Which code may import which (`npm run deps`, run in CI). The layers, bottom up:
 *   model/     the assessment, pure: imports nothing of the app
 *   contract/  the API's shapes, the id format and the words both sides show: model only
 *   web/       Preact pages and browser code: model and contract, never worker/
 *   worker/    Hono, bindings, storage: renders web's pages
 * No import cycles anywhere, types included.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Modules that import each other (even for types) cannot be read or changed one at a time.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'model-is-pure',
      severity: 'error',
      comment: 'The model imports nothing of the app: it is tested and reasoned about alone.',
      from: { path: '^model/' },
      to: { path: '^(contract|web|worker|scripts|test)/' },
    },
    {
      name: 'contract-below-both',
      severity: 'error',
      comment: 'The contract sits below web/ and worker/; it may use the model only.',
      from: { path: '^contract/' },
      to: { path: '^(web|worker|scripts|test)/' },
    },
    {
      name: 'web-never-imports-worker',
      severity: 'error',
      comment: 'The worker renders web pages; what both need lives in contract/.',
      from: { path: '^web/' },
      to: { path: '^(worker|scripts|test)/' },
    },
    {
      name: 'app-never-imports-tests-or-scripts',
      severity: 'error',
      from: { path: '^worker/' },
      to: { path: '^(scripts|test)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.mjs', '.js', '.d.ts'] },
  },
}
