import { defineConfig } from 'vitest/config'

// Benchmarks run on Node, not in workerd: workerd freezes timers during execution, so it
// cannot time pure code. The scoring model has no I/O and runs the same on both.
export default defineConfig({
  test: {
    include: [],
    // One benchmark at a time: on a 2-core machine the two files running side by side timed each
    // other's load (assess() read 0.85 ms beside nextStep's run, 0.49-0.54 ms alone).
    fileParallelism: false,
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
  },
})
