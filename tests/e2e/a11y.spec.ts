import { seriousViolations } from './axe';
import { expect, openAs, test } from './fixtures';
import { CHAPTER_TITLE, DEMO_TITLE } from './foundation-helpers';

test('sign-in page has no serious accessibility violations', async ({ page }) => {
  await page.goto('/signin');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

for (const who of ['mediator', 'govLead'] as const) {
  test(`${who}: negotiations, negotiation and document pages have no serious accessibility violations`, async ({ browser }) => {
    test.setTimeout(120_000); // three axe runs: 37 s on one worker at a load average of 25, over 60 s on two at 44
    const { context, page } = await openAs(browser, who);
    await page.goto('/negotiations');
    await expect(page.getByRole('heading', { level: 1, name: 'Your negotiations' })).toBeVisible();
    expect(await seriousViolations(page), '/negotiations').toEqual([]);

    await page.getByRole('link', { name: DEMO_TITLE }).click();
    await expect(page.getByRole('heading', { level: 1, name: DEMO_TITLE })).toBeVisible();
    // Open the disclosure widgets so their forms are checked too.
    for (const summary of await page.locator('summary').all()) await summary.click();
    expect(await seriousViolations(page), 'negotiation page').toEqual([]);

    await page.getByRole('link', { name: CHAPTER_TITLE }).click();
    await expect(page.getByRole('heading', { level: 1, name: CHAPTER_TITLE })).toBeVisible();
    await page.waitForLoadState('networkidle').catch(() => {});
    expect(await seriousViolations(page), 'document page').toEqual([]);
    await context.close();
  });
}
