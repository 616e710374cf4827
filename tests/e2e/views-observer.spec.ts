import { expect, openAs, test, watchConsole } from './fixtures';
import { CHAPTER_TITLE, DEMO_TITLE } from './foundation-helpers';
import { appErrors, editorText, openEditor, setStyle } from './editor-page';
import { freshDraft, openTab, talksId, visibleDocuments } from './views-helpers';

test('an observer reads live, cannot type, comments on a passage, and sees no caucus and no mediator notes', async ({ browser }) => {
  test.setTimeout(150_000);
  const obs = await openAs(browser, 'observer');
  const gov = await openAs(browser, 'govLead');
  const mediator = await openAs(browser, 'mediator');
  const errors = [obs.page, gov.page].map(watchConsole);
  const negotiationId = await talksId(obs.context.request);
  await setStyle(mediator.context.request, negotiationId, 'facilitative');
  const govCaucus = (await visibleDocuments(gov.context.request, negotiationId)).get('GOV caucus notes')!;
  const notes = (await visibleDocuments(mediator.context.request, negotiationId)).get('Mediation team notes')!;

  // Overview: shared drafts only; no activity log.
  await obs.page.goto(`/negotiations/${negotiationId}`);
  await expect(obs.page.getByRole('heading', { level: 1, name: DEMO_TITLE })).toBeVisible();
  await expect(obs.page.getByText('You take part as').locator('..')).toContainText('Observer');
  await expect(obs.page.getByRole('link', { name: CHAPTER_TITLE })).toBeVisible();
  for (const title of ['GOV caucus notes', 'APM caucus notes', 'Mediation team notes'])
    await expect(obs.page.getByRole('link', { name: title })).toHaveCount(0);
  await expect(obs.page.getByRole('region', { name: 'Activity' })).toHaveCount(0);
  await expect(obs.page.getByRole('region', { name: 'Floor' }).getByRole('button')).toHaveCount(0);
  expect([...(await visibleDocuments(obs.context.request, negotiationId)).keys()].some((t) => /caucus|Mediation team/.test(t))).toBe(false);

  // Live reading: GOV types, the observer sees it arrive; the observer's keystrokes go nowhere.
  const draft = await freshDraft(mediator.context.request, negotiationId, 'Annex K – Verification');
  const obsEditor = await openEditor(obs.page, draft.url);
  const govEditor = await openEditor(gov.page, draft.url);
  await expect(obs.page.getByTestId('document-access')).toHaveText('View and comment only');
  await expect(obs.page.getByTestId('read-only-badge')).toHaveText('View and comment only');
  await expect(obsEditor).toHaveAttribute('contenteditable', 'false');
  await govEditor.click();
  await gov.page.keyboard.type('A joint commission verifies the cantonment within 14 days.');
  await expect.poll(() => editorText(obsEditor), { timeout: 15_000 }).toBe('A joint commission verifies the cantonment within 14 days.');
  await obsEditor.click();
  await obs.page.keyboard.type('observer wording');
  await obs.page.waitForTimeout(500);
  expect(await editorText(obsEditor)).not.toContain('observer wording');
  expect(await editorText(govEditor)).not.toContain('observer wording');
  await expect(obs.page.getByRole('group', { name: 'Negotiation drafting' })).toHaveCount(0);

  // Commenting on a passage works without write access; GOV sees the thread live.
  await obsEditor.locator('p').first().selectText();
  const comments = await openTab(obs.page, 'Comments');
  await comments.getByRole('button', { name: 'Quote selection' }).click();
  await expect(comments.locator('q')).toHaveText('A joint commission verifies the cantonment within 14 days.');
  await comments.getByLabel('New comment').fill('Who chairs the joint commission?');
  await comments.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(comments.getByRole('status').first()).toHaveText('Comment added.');
  const thread = comments.getByRole('article', { name: 'Comment by Kwame Mensah' });
  await expect(thread).toContainText('Who chairs the joint commission?');
  await expect(thread.locator('blockquote')).toContainText('A joint commission verifies the cantonment within 14 days.');
  const govComments = await openTab(gov.page, 'Comments');
  await expect(govComments.getByRole('article', { name: 'Comment by Kwame Mensah' })).toContainText('Who chairs the joint commission?', {
    timeout: 15_000,
  });

  // No caucus, no mediator notes, no activity log, no export: the private ones answer 404 like unknown ids.
  for (const id of [govCaucus, notes]) {
    const res = await obs.page.goto(`/negotiations/${negotiationId}/documents/${id}`);
    expect(res?.status()).toBe(404);
    await expect(obs.page.getByRole('heading', { level: 1 })).toContainText('not available to you');
    for (const path of [`/api/documents/${id}`, `/api/documents/${id}/comments`, `/api/documents/${id}/versions`])
      expect((await obs.context.request.get(path)).status(), path).toBe(404);
  }
  await obs.page.goto(`/negotiations/${negotiationId}/audit`);
  await expect(obs.page.getByText('The activity log is not available to you')).toBeVisible();
  expect((await obs.context.request.get(`/api/negotiations/${negotiationId}/audit`)).status()).toBe(403);
  expect((await obs.context.request.get(`/api/documents/${draft.id}/export`)).status()).toBe(403);
  await obs.page.goto(`${draft.url}/print`);
  const denied = obs.page.getByRole('alert').filter({ hasText: 'Printing is not available to you' });
  await expect(denied).toContainText('does not include printing or exporting');
  await denied.getByRole('link', { name: 'Back to the draft' }).click();
  await expect(obs.page).toHaveURL(new RegExp(`${draft.url}$`));

  for (const e of errors) expect(appErrors(e)).toEqual([]);
  await Promise.all([obs.context.close(), gov.context.close(), mediator.context.close()]);
});
