import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [
    cloudflareTest(async () => ({
      wrangler: { configPath: './wrangler.toml' },
      // The source itself, not the bundle wrangler.toml names (dist/worker): an edit is seen by
      // `npm run test:watch` without a build.
      main: './worker/index.ts',
      // The D1 schema (migrations/), applied to each test file's own database by test/setup/d1.ts.
      miniflare: { bindings: { TEST_MIGRATIONS: await readD1Migrations('./migrations') } },
    })),
  ],
  test: {
    // Preact, its hooks and its renderer pre-bundled together: loaded one by one, the renderer
    // and the hooks can each get their own Preact, and a component with hooks then fails.
    deps: {
      optimizer: { ssr: { enabled: true, include: ['preact', 'preact/hooks', 'preact/jsx-runtime', 'preact-render-to-string'] } },
    },
    // Browser (test/e2e) and load (test/load) tests run on Node against wrangler dev instead.
    include: ['test/model/**/*.test.ts', 'test/worker/**/*.test.ts', 'test/web/**/*.test.ts'],
    setupFiles: ['./test/setup/d1.ts'],
    // Property and fuzz tests run hundreds of requests; on a busy 2-core machine they need more
    // than vitest's 5 s default. A hung test still fails.
    testTimeout: 30_000,
  },
})
