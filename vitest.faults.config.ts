import { defineConfig } from 'vitest/config';

/**
 * Fault-injection tests (`npm run test:faults`): kill -9 during saves, a
 * locked database, a full disk, malformed payloads for every method, and
 * Electronegativity. Kept apart from `vitest run` because they are slow;
 * the normal config never collects tests/faults/.
 */
export default defineConfig({
  test: {
    name: 'faults',
    environment: 'node',
    include: ['tests/faults/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 60_000,
    // The kill test spawns its own workers; the others share the remaining CPU.
    fileParallelism: false,
  },
});
