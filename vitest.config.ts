import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [
    cloudflareTest(async () => ({
      wrangler: { configPath: './wrangler.toml' },
      // The D1 schema (migrations/), applied to each test file's own database by test/setup/d1.ts.
      miniflare: { bindings: { TEST_MIGRATIONS: await readD1Migrations('./migrations') } },
    })),
  ],
  test: {
    // Browser (test/e2e) and load (test/load) tests run on Node against wrangler dev instead.
    include: ['test/model/**/*.test.ts', 'test/worker/**/*.test.ts', 'test/web/**/*.test.ts'],
    setupFiles: ['./test/setup/d1.ts'],
    // Property and fuzz tests run hundreds of requests; on a busy 2-core machine they need more
    // than vitest's 5 s default. A hung test still fails.
    testTimeout: 30_000,
  },
})
