import { test as base, expect, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
import { BASE_URL, WORKER_PORT } from '../../playwright.config';
import { SERVER_START_TIMEOUT_MS, startAppServer } from './app-server';

export const DEMO_PASSWORD = 'pactum-demo-2026';

export const ACCOUNTS = {
  mediator: 'mediator@pactum.test',
  expert: 'expert@pactum.test',
  govLead: 'gov.lead@pactum.test',
  govMember: 'gov.member@pactum.test',
  apmLead: 'apm.lead@pactum.test',
  apmMember: 'apm.member@pactum.test',
  guarantor: 'guarantor@pactum.test',
  observer: 'observer@pactum.test',
  outsider: 'outsider@pactum.test',
} as const;
export type AccountKey = keyof typeof ACCOUNTS;

/** Signs in over HTTP (csrf cookie + credentials callback); the cookies land in the request's jar. */
export async function signInOverHttp(request: APIRequestContext, email: string, password = DEMO_PASSWORD): Promise<void> {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const res = await request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email, password, json: 'true' },
    maxRedirects: 0,
  });
  expect([200, 302]).toContain(res.status());
  const session = await (await request.get('/api/auth/session')).json();
  expect(session?.user?.email, `sign-in as ${email} failed`).toBe(email);
}

/** A browser context signed in as one demo account, and a page in it. */
export async function openAs(browser: { newContext: () => Promise<BrowserContext> }, who: AccountKey): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  await signInOverHttp(context.request, ACCOUNTS[who]);
  const page = await context.newPage();
  return { context, page };
}

/** Fails the test on any console error or uncaught page error. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

/**
 * Playwright's test with this suite's fixtures: each worker starts its own built app with a fresh
 * demo database (tests/e2e/app-server.ts), and `baseURL`, `page`, `request` and `browser.newContext()`
 * point at it. Spec files therefore run in parallel, one per worker, without sharing data.
 */
export const test = base.extend<object, { appServer: { url: string } }>({
  appServer: [
    async ({}, provide) => {
      const server = await startAppServer(WORKER_PORT);
      await provide(server);
      await server.stop();
    },
    { scope: 'worker', auto: true, timeout: SERVER_START_TIMEOUT_MS + 20_000 },
  ],
  baseURL: async ({ appServer }, provide) => {
    if (appServer.url !== BASE_URL) throw new Error(`worker app at ${appServer.url}, config says ${BASE_URL}`);
    await provide(appServer.url);
  },
});
export { expect };
