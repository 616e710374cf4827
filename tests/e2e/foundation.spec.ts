import { ACCOUNTS, expect, openAs, signInOverHttp, test, watchConsole, type AccountKey } from './fixtures';
import { apiCalls, type ApiCall, CHAPTER_TITLE, DEMO_TITLE, demoIds, send } from './foundation-helpers';

/** Role label and access to the shared chapter for each demo member, in the facilitative style. */
const MEMBERS: Record<Exclude<AccountKey, 'outsider'>, { role: string; access: string }> = {
  mediator: { role: 'Lead mediator', access: 'View and comment only' },
  expert: { role: 'Mediation expert', access: 'Suggest only' },
  govLead: { role: 'Lead negotiator', access: 'Can edit' },
  govMember: { role: 'Delegation member', access: 'Can edit' },
  apmLead: { role: 'Lead negotiator', access: 'Can edit' },
  apmMember: { role: 'Delegation member', access: 'Can edit' },
  guarantor: { role: 'Guarantor', access: 'View and comment only' },
  observer: { role: 'Observer', access: 'View and comment only' },
};

for (const [who, expected] of Object.entries(MEMBERS) as [keyof typeof MEMBERS, (typeof MEMBERS)[keyof typeof MEMBERS]][]) {
  test(`${who} lists negotiations and opens the negotiation and Chapter III`, async ({ browser }) => {
    const { context, page } = await openAs(browser, who);
    const errors = watchConsole(page);
    const ids = await demoIds(context.request);

    await page.goto('/negotiations');
    await expect(page.getByRole('heading', { level: 1, name: 'Your negotiations' })).toBeVisible();
    await expect(page.getByRole('link', { name: DEMO_TITLE })).toBeVisible();

    await page.getByRole('link', { name: DEMO_TITLE }).click();
    await expect(page).toHaveURL(new RegExp(`/negotiations/${ids.negotiationId}$`));
    await expect(page.getByRole('heading', { level: 1, name: DEMO_TITLE })).toBeVisible();
    await expect(page.getByText('You take part as').locator('..')).toContainText(expected.role);
    await expect(page.getByRole('heading', { name: 'Parties' })).toBeVisible();
    expect(errors, 'console errors on the overview').toEqual([]);

    await page.getByRole('link', { name: CHAPTER_TITLE }).click();
    await expect(page.getByRole('heading', { level: 1, name: CHAPTER_TITLE })).toBeVisible();
    await expect(page.getByTestId('document-kind')).toHaveText('Shared draft');
    await expect(page.getByTestId('document-access')).toHaveText(expected.access);
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: DEMO_TITLE })).toBeVisible();
    await context.close();
  });
}

test('the outsider gets 404 on every page and API of the demo negotiation; members lacking a permission get 403', async ({
  browser,
  playwright,
}) => {
  const mediator = await playwright.request.newContext();
  await signInOverHttp(mediator, ACCOUNTS.mediator);
  const ids = await demoIds(mediator);

  const { context, page } = await openAs(browser, 'outsider');
  for (const path of [`/negotiations/${ids.negotiationId}`, `/negotiations/${ids.negotiationId}/documents/${ids.chapterId}`]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('not available to you');
  }
  for (const call of apiCalls(ids)) {
    const res = await send(context.request, call);
    expect(res.status(), `${call.method} ${call.url}`).toBe(404);
    expect(Object.keys(await res.json())).toEqual(['error']);
  }

  // A delegation cannot open the other party's caucus (page or API): same 404 as an unknown id.
  const apm = await playwright.request.newContext();
  await signInOverHttp(apm, ACCOUNTS.apmLead);
  const [apmCaucus] = (await demoIds(apm)).caucusIds;
  expect((await apm.get(`/api/documents/${apmCaucus}`)).status()).toBe(200);
  const gov = await playwright.request.newContext();
  await signInOverHttp(gov, ACCOUNTS.govLead);
  expect((await gov.get(`/api/documents/${apmCaucus}`)).status()).toBe(404);
  expect((await gov.get(`/negotiations/${ids.negotiationId}/documents/${apmCaucus}`)).status()).toBe(404);
  // Member lacking a permission: 403.
  for (const call of apiCalls(ids).filter((c) => c.method !== 'GET' || c.url.endsWith('/invitations'))) {
    expect((await send(gov, call)).status(), `${call.method} ${call.url}`).toBe(403);
  }
  const observer = await playwright.request.newContext();
  await signInOverHttp(observer, ACCOUNTS.observer);
  expect((await observer.get(`/api/negotiations/${ids.negotiationId}/audit`)).status()).toBe(403);
  await Promise.all([context.close(), mediator.dispose(), apm.dispose(), gov.dispose(), observer.dispose()]);
});

test('signed out: APIs answer 401, pages redirect to sign-in', async ({ playwright }) => {
  const mediator = await playwright.request.newContext();
  await signInOverHttp(mediator, ACCOUNTS.mediator);
  const ids = await demoIds(mediator);
  const anonymous = await playwright.request.newContext();
  for (const call of [
    { method: 'GET', url: '/api/negotiations' },
    { method: 'POST', url: '/api/negotiations', data: {} },
    ...apiCalls(ids),
  ] satisfies ApiCall[]) {
    const res = await send(anonymous, call);
    expect(res.status(), `${call.method} ${call.url}`).toBe(401);
    expect(await res.json()).toEqual({ error: 'Sign in to continue.' });
  }
  for (const path of [
    '/negotiations',
    '/negotiations/new',
    `/negotiations/${ids.negotiationId}`,
    `/negotiations/${ids.negotiationId}/documents/${ids.chapterId}`,
  ]) {
    const res = await anonymous.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(307);
    expect(res.headers().location, path).toContain(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  }
  await Promise.all([mediator.dispose(), anonymous.dispose()]);
});

test('signing in through the form works, and signing out works from the keyboard', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/negotiations');
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fnegotiations/);
  await page.getByLabel('Email').fill(ACCOUNTS.govLead);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('That email and password do not match an account.')).toBeVisible();
  await page.getByLabel('Password').fill('pactum-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your negotiations' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Daniel Okoro');

  await page.getByRole('button', { name: 'Sign out' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/signin/);
  expect((await (await page.request.get('/api/auth/session')).json())?.user).toBeUndefined();
  expect(errors.filter((e) => !e.includes('401'))).toEqual([]);
});
