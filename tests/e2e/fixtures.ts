import { test as base, expect, type APIRequestContext, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';
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

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/**
 * Signed-in cookies per demo account, made by the real sign-in the first time a test of this worker
 * opens that account. Module state is per worker process, and so is the app (a worker that restarts
 * after a failure starts a new app and an empty cache).
 */
const sessions = new Map<AccountKey, Promise<StorageState>>();

async function signedInState(browser: ContextMaker, who: AccountKey): Promise<StorageState> {
  const context = await browser.newContext();
  try {
    await signInOverHttp(context.request, ACCOUNTS[who]);
    return await context.storageState();
  } finally {
    await context.close();
  }
}

/** Anything that makes browser contexts: the `browser` fixture. */
export interface ContextMaker {
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

/**
 * A browser context signed in as one demo account, and a page in it. The account's session is
 * signed in once per worker and shared (each context gets its own copy of the cookies); a test that
 * ends the session (signs out) must ask for a `fresh` one of its own, or later tests would find it
 * ended — which this checks, so the mistake fails loudly.
 */
export async function openAs(
  browser: ContextMaker,
  who: AccountKey,
  options: ContextOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await contextAs(browser, who, options);
  return { context, page: await context.newPage() };
}

type ContextOptions = BrowserContextOptions & { fresh?: boolean };

/** openAs without the page, for a test that only calls the API as that account (`context.request`). */
export async function contextAs(
  browser: ContextMaker,
  who: AccountKey,
  { fresh = false, ...options }: ContextOptions = {},
): Promise<BrowserContext> {
  if (fresh) {
    const context = await browser.newContext(options);
    await signInOverHttp(context.request, ACCOUNTS[who]);
    return context;
  }
  let state = sessions.get(who);
  if (!state) {
    state = signedInState(browser, who);
    sessions.set(who, state);
    state.catch(() => sessions.delete(who));
  }
  const context = await browser.newContext({ ...options, storageState: await state });
  const session = await (await context.request.get('/api/auth/session')).json();
  expect(
    session?.user?.email,
    `the shared session of ${who} has ended: a test that signs out must use openAs(browser, '${who}', { fresh: true })`,
  ).toBe(ACCOUNTS[who]);
  return context;
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
