import { defineConfig } from '@playwright/test';

/**
 * Every Playwright worker runs its own built app (tests/e2e/fixtures.ts starts it), on its own
 * port and embedded database, so spec files run in parallel without meeting each other's data.
 * Worker i listens on E2E_PORT + 1 + i (E2E_PORT defaults to 3200). This file is loaded again in
 * each worker process, where TEST_PARALLEL_INDEX tells which one it is.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3200);
export const WORKER_PORT = E2E_PORT + 1 + Number(process.env.TEST_PARALLEL_INDEX ?? 0);
/** The app of the worker this code runs in. */
export const BASE_URL = `http://localhost:${WORKER_PORT}`;

/** Debian's Chromium (Playwright cannot download its own here). */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  // Spec files in parallel (one app per worker); the tests of one file in order, except in files
  // that ask for parallel mode (tests that each make their own data: the longest files).
  fullyParallel: false,
  // Two workers, two apps: most of a test's time is waiting (sockets, saves, the browser), so two
  // side by side finish sooner than one on 2 cores (measured: see tests/README.md). E2E_WORKERS=1
  // runs one at a time.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0, // flakiness must show, not hide
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: BASE_URL,
    // No trace by default: recording one for every test (to keep it on failure) cost a fifth of the
    // suite's CPU (740 → 570 CPU-seconds; without the screencast still 643). A failure still writes
    // its page snapshot (error-context.md); `npx playwright test --trace retain-on-failure` keeps traces.
    trace: 'off',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    },
  },
});
