import path from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = { '@': path.resolve(import.meta.dirname) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        // The time-out only catches a hang (no unit test measures time): vitest's 5 s default was
        // exceeded by whole-library tests and CLI spawns on the shared 2-core machine at load 20+.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Builds the migrated (and the seeded) database once; each file starts from a copy.
          globalSetup: ['tests/support/test-db-setup.ts'],
          // Each file opens its own database; two at a time fits the 2-core machines.
          maxWorkers: 2,
        },
      },
    ],
  },
});
