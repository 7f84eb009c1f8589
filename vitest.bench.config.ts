import { defineConfig } from 'vitest/config'

// Benchmarks run on Node, not in workerd: workerd freezes timers during execution, so it
// cannot time pure code. The scoring model has no I/O and runs the same on both.
export default defineConfig({
  test: {
    include: [],
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
  },
})
