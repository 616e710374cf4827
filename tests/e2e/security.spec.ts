import WebSocket from 'ws';
import { ACCOUNTS, DEMO_PASSWORD, expect, openAs, signInOverHttp, test } from './fixtures';
import { CHAPTER_TITLE } from './foundation-helpers';
import { foreignSite, inviteAccount, postCredentials, watchCsp } from './security-helpers';
import { moveCaret, openEditor } from './editor-page';
import { talksId, visibleDocuments } from './views-helpers';

const hasHeaders = (headers: Record<string, string>) => {
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('same-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
};

test('pages and APIs carry the security headers; every page script has the per-request nonce and no inline script is allowed', async ({
  browser,
  request,
}) => {
  const gov = await openAs(browser, 'govLead');
  const negotiationId = await talksId(gov.context.request);
  const nonces = new Set<string>();
  for (const [client, path] of [
    [request, '/signin'],
    [gov.context.request, '/negotiations'],
    [gov.context.request, `/negotiations/${negotiationId}`],
    [request, '/no-such-page'],
  ] as const) {
    const res = await client.get(path);
    const headers = res.headers();
    hasHeaders(headers);
    const csp = headers['content-security-policy']!;
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'))!;
    expect(scriptSrc, path).not.toContain('unsafe-inline');
    expect(scriptSrc).not.toContain('unsafe-eval');
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc)![1]!;
    nonces.add(nonce);
    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size).toBe(4); // fresh for every response
  // Next's internal sub-request marker from outside changes nothing: the proxy (and its CSP) still runs.
  const spoofed = await request.get('/signin', { headers: { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' } });
  expect(spoofed.headers()['content-security-policy']).toContain("'nonce-");
  for (const [client, path, status] of [
    [request, '/api/health', 200],
    [request, '/api/negotiations', 401],
    [gov.context.request, '/api/negotiations', 200],
  ] as const) {
    const res = await client.get(path);
    expect(res.status(), path).toBe(status);
    hasHeaders(res.headers());
    expect(res.headers()['content-security-policy']).toContain("default-src 'none'");
  }
  // Session cookie flags (Secure and the __Host- prefix apply when NEXTAUTH_URL is https).
  const session = (await gov.context.cookies()).find((c) => c.name.endsWith('next-auth.session-token'))!;
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  await gov.context.close();
});

test('the main pages, the live editor included, run under the CSP without a single violation', async ({ browser }) => {
  test.setTimeout(120_000);
  const gov = await openAs(browser, 'govLead');
  const violations = await watchCsp(gov.page);
  const negotiationId = await talksId(gov.context.request);
  const chapterId = (await visibleDocuments(gov.context.request, negotiationId)).get(CHAPTER_TITLE)!;
  for (const path of [
    '/negotiations',
    `/negotiations/${negotiationId}`,
    `/negotiations/${negotiationId}/audit`,
    '/clauses',
    '/account',
    '/negotiations/new',
  ]) {
    await gov.page.goto(path);
    await expect(gov.page.locator('h1').first()).toBeVisible();
  }
  const editor = await openEditor(gov.page, `/negotiations/${negotiationId}/documents/${chapterId}`);
  // Tiptap's own <style> and the party colours carry the page's nonce, so they apply.
  await expect.poll(() => gov.page.evaluate(() => [...document.querySelectorAll('style')].every((s) => s.nonce !== ''))).toBe(true);
  await expect.poll(() => gov.page.evaluate(() => document.querySelectorAll('style[data-tiptap-style]').length)).toBeGreaterThan(0);
  await editor.click();
  await moveCaret(gov.page, 'End');
  await gov.page.keyboard.type(' CSP check.');
  await expect(gov.page.getByTestId('save-status')).toHaveText('Saved', { timeout: 20_000 });
  await gov.page.goto(`/negotiations/${negotiationId}/documents/${chapterId}/print`);
  await expect(gov.page.locator('h1').first()).toBeVisible();
  expect(violations).toEqual([]);
  // Injected markup with an inline handler (the XSS shape) does not run: the policy is live, not just present.
  await gov.page.goto('/negotiations');
  await gov.page.evaluate(() =>
    document.body.insertAdjacentHTML('beforeend', '<img alt="" src="data:," onerror="window.__injected = true">'),
  );
  await gov.page.waitForTimeout(300);
  expect(await gov.page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected === true)).toBe(false);
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(
    violations.every((v) => /script-src|inline event handler/i.test(v)),
    violations.join('\n'),
  ).toBe(true);
  await gov.context.close();
});

test('signing out ends the session: the old cookie gets 401, the open socket closes, local copies are gone', async ({
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(90_000);
  // A session of its own: signing out ends it, and the shared one is used by other tests.
  const gov = await openAs(browser, 'govMember', { fresh: true });
  const negotiationId = await talksId(gov.context.request);
  const chapterId = (await visibleDocuments(gov.context.request, negotiationId)).get(CHAPTER_TITLE)!;
  const cookieHeader = (await gov.context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');

  // A raw socket on the old cookie, opened before signing out (as a second tab would hold).
  const ws = new WebSocket(`${baseURL!.replace('http', 'ws')}/collab/${chapterId}`, {
    headers: { cookie: cookieHeader, origin: baseURL! },
  });
  const closed = new Promise<{ code: number; at: number }>((resolve) => ws.on('close', (code) => resolve({ code, at: Date.now() })));
  await new Promise((resolve, reject) => (ws.once('open', resolve), ws.once('error', reject)));
  await expect.poll(async () => ws.readyState).toBe(WebSocket.OPEN);

  // The editor keeps a local copy (IndexedDB); the header's Sign out button clears it and ends the session.
  await openEditor(gov.page, `/negotiations/${negotiationId}/documents/${chapterId}`);
  await expect
    .poll(() => gov.page.evaluate(async () => (await indexedDB.databases()).filter((d) => d.name?.startsWith('pactum:')).length))
    .toBeGreaterThan(0);
  const signedOutAt = Date.now();
  await gov.page.getByRole('button', { name: 'Sign out' }).click();
  await expect(gov.page).toHaveURL(/\/signin/);
  expect(
    await gov.page.evaluate(async () => (await indexedDB.databases()).filter((d) => d.name?.startsWith('pactum:')).map((d) => d.name)),
  ).toEqual([]);

  const { code, at } = await closed;
  expect(code).toBe(4401);
  expect(at - signedOutAt).toBeLessThan(5000);
  const stale = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: cookieHeader } });
  expect((await stale.get('/api/negotiations')).status()).toBe(401);
  expect((await stale.get(`/api/documents/${chapterId}`)).status()).toBe(401);
  expect(await (await stale.get('/api/auth/session')).json()).toEqual({});
  const page = await stale.get('/negotiations', { maxRedirects: 0 });
  expect(page.status()).toBe(307);
  expect(page.headers()['location']).toContain('/signin');
  await stale.dispose();
  await gov.context.close();
});

test('a page on another origin that auto-submits a form to a state-changing route is refused and changes nothing', async ({
  browser,
  baseURL,
}) => {
  const gov = await openAs(browser, 'govLead');
  const negotiationId = await talksId(gov.context.request);
  const chapterId = (await visibleDocuments(gov.context.request, negotiationId)).get(CHAPTER_TITLE)!;
  const versionsBefore = await (await gov.context.request.get(`/api/documents/${chapterId}/versions`)).json();
  // text/plain lets a form body look like JSON: {"name":"Forged by another site","x":"="}
  const site = await foreignSite(`<!doctype html><title>Totally unrelated</title>
    <form id="f" method="POST" enctype="text/plain" action="${baseURL}/api/documents/${chapterId}/versions">
      <input type="hidden" name='{"name":"Forged by another site","x":"' value='"}'>
    </form>
    <script>document.getElementById('f').submit()</script>`);
  try {
    const answer = gov.page.waitForResponse(
      (r) => r.url().includes(`/api/documents/${chapterId}/versions`) && r.request().method() === 'POST',
    );
    await gov.page.goto(site.url);
    const res = await answer;
    expect(res.status()).toBe(403);
    expect(await res.text()).toContain('other sites');
  } finally {
    await site.close();
  }
  expect(await (await gov.context.request.get(`/api/documents/${chapterId}/versions`)).json()).toEqual(versionsBefore);
  await gov.context.close();
});

test('with JavaScript disabled, submitting the sign-in form never puts the password in a URL', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const urls: string[] = [];
  const methods: string[] = [];
  page.on('request', (r) => {
    urls.push(r.url());
    if (r.url().includes('/api/auth/callback/credentials')) methods.push(r.method());
  });
  const password = 'secret-password-in-url-check';
  await page.goto('/signin');
  await page.getByLabel('Email').fill(ACCOUNTS.observer);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForLoadState('load');
  expect(methods).toEqual(['POST']);
  expect(urls.length).toBeGreaterThan(1);
  for (const url of [...urls, page.url()]) expect(decodeURIComponent(url)).not.toContain(password);
  await expect(page.getByRole('heading', { name: 'Sign in to Pactum' })).toBeVisible();
  await context.close();
});

test('the 11th failed sign-in gets 429 with Retry-After, while the real user still signs in from a browser they used before', async ({
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const mediator = await openAs(browser, 'mediator');
  const email = `throttle.${Date.now().toString(36)}@example.org`;
  const password = 'quiet-harbour-compass-91';
  const anonymous = await playwright.request.newContext({ baseURL });
  await inviteAccount(mediator.context.request, anonymous, await talksId(mediator.context.request), email, password);
  // The real user signs in once from their browser (it receives a device cookie), and signs out.
  const real = await browser.newContext();
  await signInOverHttp(real.request, email, password);

  const attacker = await playwright.request.newContext({ baseURL });
  for (let i = 1; i <= 10; i++) expect((await postCredentials(attacker, email, `wrong-guess-${i}`)).status(), `failure ${i}`).toBe(401);
  const eleventh = await postCredentials(attacker, email, `wrong-guess-11`);
  expect(eleventh.status()).toBe(429);
  const retryAfter = Number(eleventh.headers()['retry-after']);
  expect(retryAfter).toBeGreaterThan(800);
  expect(retryAfter).toBeLessThanOrEqual(900);
  expect((await eleventh.json()).error).toContain('Too many failed sign-ins');
  expect((await postCredentials(attacker, email, password)).status()).toBe(429); // even the right password

  // The real user, from the browser they used before: signs in at once.
  const again = await postCredentials(real.request, email, password);
  expect(again.status()).toBe(200);
  expect((await (await real.request.get('/api/auth/session')).json()).user.email).toBe(email);

  // The form tells the attacker's browser what is going on instead of "wrong password".
  const attackerPage = await (await browser.newContext()).newPage();
  for (let i = 0; i < 10; i++) await postCredentials(attackerPage.context().request, email, `x-${i}`);
  await attackerPage.goto('/signin');
  await attackerPage.getByLabel('Email').fill(email);
  await attackerPage.getByLabel('Password').fill('another-guess');
  await attackerPage.getByRole('button', { name: 'Sign in' }).click();
  await expect(attackerPage.getByText('Too many failed sign-ins')).toBeVisible();
  for (const c of [attacker, anonymous]) await c.dispose();
  await Promise.all([mediator.context.close(), real.close(), attackerPage.context().close()]);
});

test('callbackUrl variants stay on-site after a real sign-in', async ({ browser, playwright, baseURL }) => {
  test.setTimeout(90_000);
  const variants = [
    '//evil.test/x',
    '/\\evil.test',
    '/\t/evil.test',
    '/\\tevil.test',
    '/.//evil.test',
    'https://evil.test/',
    'javascript:alert(1)',
  ];
  const origin = new URL(baseURL!).origin;
  for (const callbackUrl of variants) {
    const client = await playwright.request.newContext({ baseURL });
    const res = await postCredentials(client, ACCOUNTS.observer, DEMO_PASSWORD, callbackUrl);
    expect(res.status(), JSON.stringify(callbackUrl)).toBe(200);
    const url = new URL((await res.json()).url);
    expect(url.origin, JSON.stringify(callbackUrl)).toBe(origin);
    expect(url.pathname.startsWith('//'), JSON.stringify(callbackUrl)).toBe(false);
    await client.dispose();
  }
  for (const callbackUrl of ['/\\evil.test', '//evil.test']) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    await page.getByLabel('Email').fill(ACCOUNTS.observer);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/negotiations$/);
    expect(new URL(page.url()).origin).toBe(origin);
    await context.close();
  }
});

test('NUL bytes and malformed %-escapes answer 400 on pages and APIs; denied pages answer the 403 they show', async ({
  browser,
  request,
  baseURL,
}) => {
  const obs = await openAs(browser, 'observer');
  for (const path of [
    '/negotiations/%00',
    '/signin?callbackUrl=%00',
    '/negotiations/%E0%A4%A',
    '/api/negotiations/%00',
    '/api/clauses?q=%zz',
    '/api/auth/csrf?x=%',
  ]) {
    const res = await obs.context.request.get(path);
    expect(res.status(), path).toBe(400);
    expect(await res.text(), path).not.toMatch(/\s+at \S+ \(/);
  }
  // A socket upgrade with a bad escape is dropped before anything decodes it; the server stays up.
  const cookie = (await obs.context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const refused = await new Promise<string>((resolve) => {
    const ws = new WebSocket(`${baseURL!.replace('http', 'ws')}/collab/%E0%A4%A`, { headers: { cookie, origin: baseURL! } });
    ws.on('open', () => resolve('open'));
    ws.on('error', () => resolve('refused'));
  });
  expect(refused).toBe('refused');
  const nul = await obs.context.request.post('/api/negotiations', { data: { title: 'Nul\u0000title', style: 'facilitative' } });
  expect(nul.status()).toBe(400);
  expect((await request.get('/api/health')).status()).toBe(200);

  const negotiationId = await talksId(obs.context.request);
  const chapterId = (await visibleDocuments(obs.context.request, negotiationId)).get(CHAPTER_TITLE)!;
  const audit = await obs.context.request.get(`/negotiations/${negotiationId}/audit`);
  expect(audit.status()).toBe(403);
  expect(await audit.text()).toContain('The activity log is not available to you');
  const print = await obs.context.request.get(`/negotiations/${negotiationId}/documents/${chapterId}/print`);
  expect(print.status()).toBe(403);
  expect(await print.text()).toContain('Printing is not available to you');
  await obs.context.close();
});
