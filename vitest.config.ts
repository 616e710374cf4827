import path from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = { '@': path.resolve(import.meta.dirname) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
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
