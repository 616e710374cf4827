import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3200);
export const BASE_URL = `http://localhost:${PORT}`;

/** Debian's Chromium (Playwright cannot download its own here). */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0, // flakiness must show, not hide
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    },
  },
  webServer: {
    // A fresh embedded database per run, seeded with the demo negotiation; the built app.
    command: `rm -rf .data/e2e-${PORT} && node --enable-source-maps dist/server.mjs`,
    url: `${BASE_URL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    env: {
      NODE_ENV: 'production',
      PORT: String(PORT),
      PGLITE_DIR: `.data/e2e-${PORT}/pglite`,
      PACTUM_DATA_DIR: `.data/e2e-${PORT}`,
      NEXTAUTH_URL: BASE_URL,
      NEXTAUTH_SECRET: 'e2e-secret-not-for-production',
    },
  },
});
