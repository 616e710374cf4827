import { expect, openAs, test, watchConsole } from './fixtures';

test('a convener opens a negotiation, changes its style, invites someone who sets a password and joins', async ({ browser }) => {
  test.setTimeout(150_000); // two accounts, several password hashes and page loads on a shared 2-core machine
  const { context, page } = await openAs(browser, 'guarantor');
  const errors = watchConsole(page);
  const title = `Riverside Talks ${Date.now().toString(36)}`;

  // New negotiation through the form; validation messages sit beside the fields.
  await page.goto('/negotiations/new');
  await page.getByRole('button', { name: 'Create negotiation' }).click();
  await expect(page.locator('#title-error')).toContainText('Give the negotiation a title');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Party 1 name').fill('Riverside Government');
  await page.getByLabel('Short name').nth(0).fill('RG');
  await page.getByLabel('Party 2 name').fill('Delta Alliance');
  await page.getByLabel('Short name').nth(1).fill('DA');
  await expect(page.getByRole('radio', { name: /Facilitative/ })).toBeChecked();
  await page.getByRole('radio', { name: /Power-based/ }).check();
  await page.getByRole('button', { name: 'Create negotiation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('You take part as').locator('..')).toContainText('Lead mediator');
  const negotiationUrl = page.url();
  for (const doc of ['Chapter III – Security Arrangements', 'Mediation team notes'])
    await expect(page.getByRole('link', { name: doc })).toBeVisible();

  // The style chosen at creation holds; a change is applied and shows in the activity list.
  await expect(page.getByRole('region', { name: 'Mediation style' })).toContainText('Current:Power-based');
  await expect(page.getByRole('region', { name: 'Activity' })).toContainText('opened the negotiation in the power-based style');
  await page.getByRole('radio', { name: /Formulative/ }).check();
  await page.getByRole('button', { name: 'Apply style' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The mediation style is now Formulative' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Activity' })).toContainText('changed the mediation style from Power-based to Formulative');

  // Invite a delegation member of RG; the link is shown to copy.
  await page.getByLabel('Email').fill('new.delegate@example.org');
  await page.getByLabel('Role').first().selectOption('delegation_member');
  await page.getByRole('button', { name: 'Create invitation link' }).click();
  await expect(page.locator('#invite-party-error')).toContainText('Choose the delegation');
  await page.getByLabel('Delegation').first().selectOption({ label: 'Riverside Government' });
  await page.getByRole('button', { name: 'Create invitation link' }).click();
  const link = await page.getByLabel('Invitation link').inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  // The two refused submissions above are logged by the browser as 400s; nothing else may fail.
  expect(errors.filter((e) => !e.includes('status of 400'))).toEqual([]);

  // The invited person, signed out, sets a name and password.
  const guest = await browser.newContext();
  const invitee = await guest.newPage();
  await invitee.goto(link);
  await expect(invitee.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(invitee.getByText('Delegation member', { exact: true })).toBeVisible();
  await invitee.getByLabel('Your name').fill('Nadia Verhoeven');
  await invitee.getByLabel('Password').fill('short');
  await invitee.getByRole('button', { name: 'Create account and join' }).click();
  await expect(invitee.locator('#password-error')).toContainText('at least 12 characters');
  await invitee.getByLabel('Password').fill('riverside-delegate-2026');
  await invitee.getByRole('button', { name: 'Create account and join' }).click();
  // The invite page's heading is the title too, so the URL shows the join went through: hashing the
  // password and signing in took over 10 s on CI's loaded cores.
  await expect(invitee).toHaveURL(negotiationUrl, { timeout: 45_000 });
  await expect(invitee.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(invitee.getByText('You take part as').locator('..')).toContainText('Delegation member · RG');
  await expect(invitee.getByRole('link', { name: 'RG caucus notes' })).toBeVisible();
  await expect(invitee.getByRole('link', { name: 'DA caucus notes' })).toHaveCount(0);

  // The link works once.
  await invitee.goto(link);
  await expect(invitee.getByRole('heading', { level: 1 })).toContainText('already been used');

  // The convener removes the new member; their next request is refused.
  await page.reload();
  await page.getByText('Manage Nadia Verhoeven').click();
  await page.getByRole('button', { name: 'Remove from negotiation' }).click();
  await page.getByRole('button', { name: 'Yes, remove' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Nadia Verhoeven was removed from the negotiation.' })).toBeVisible();
  await expect(page.getByRole('region', { name: /Members/ }).getByText('Nadia Verhoeven', { exact: true })).toHaveCount(0);
  expect((await invitee.goto(negotiationUrl))?.status()).toBe(404);
  await Promise.all([context.close(), guest.close()]);
});
