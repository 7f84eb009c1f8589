import { cloudflareTest } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' } })],
  test: {
    // Browser (test/e2e) and load (test/load) tests run on Node against wrangler dev instead.
    include: ['test/model/**/*.test.ts', 'test/worker/**/*.test.ts', 'test/web/**/*.test.ts'],
    // Property and fuzz tests run hundreds of requests; on a busy 2-core machine they need more
    // than vitest's 5 s default. A hung test still fails.
    testTimeout: 30_000,
  },
})
