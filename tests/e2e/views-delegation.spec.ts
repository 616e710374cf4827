import { expect, openAs, test, watchConsole } from './fixtures';
import { CHAPTER_TITLE, DEMO_TITLE } from './foundation-helpers';
import { appErrors, editorText, moveCaret, openEditor, setStyle, textsWithoutCarets } from './editor-page';
import { freshDraft, openTab, talksId, visibleDocuments } from './views-helpers';

test('a delegation sees its own caucus and the shared draft, never the other caucus, and the other party’s attributed brackets and suggestions', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const gov = await openAs(browser, 'govLead');
  const apm = await openAs(browser, 'apmLead');
  const mediator = await openAs(browser, 'mediator');
  const errors = [gov.page, apm.page].map(watchConsole);
  const negotiationId = await talksId(gov.context.request);
  await setStyle(mediator.context.request, negotiationId, 'facilitative');
  const apmCaucus = (await visibleDocuments(apm.context.request, negotiationId)).get('APM caucus notes')!;
  const notes = (await visibleDocuments(mediator.context.request, negotiationId)).get('Mediation team notes')!;
  expect(apmCaucus && notes).toBeTruthy();

  // The overview lists the shared drafts and GOV's own caucus only.
  await gov.page.goto(`/negotiations/${negotiationId}`);
  await expect(gov.page.getByRole('heading', { level: 1, name: DEMO_TITLE })).toBeVisible();
  await expect(gov.page.getByText('You take part as').locator('..')).toContainText('Lead negotiator · GOV');
  await expect(gov.page.getByRole('link', { name: CHAPTER_TITLE })).toBeVisible();
  await expect(gov.page.getByRole('link', { name: 'GOV caucus notes' })).toBeVisible();
  await expect(gov.page.getByRole('link', { name: 'APM caucus notes' })).toHaveCount(0);
  await expect(gov.page.getByRole('link', { name: 'Mediation team notes' })).toHaveCount(0);

  await gov.page.getByRole('link', { name: 'GOV caucus notes' }).click();
  await expect(gov.page.getByRole('heading', { level: 1, name: 'GOV caucus notes' })).toBeVisible();
  await expect(gov.page.getByTestId('document-kind')).toHaveText('Caucus — private to Government of Arandia');
  await expect(gov.page.getByTestId('document-access')).toHaveText('Can edit');
  await expect(gov.page.getByTestId('save-status')).toHaveText('Saved', { timeout: 20_000 });

  await gov.page.goto(`/negotiations/${negotiationId}`);
  await gov.page.getByRole('link', { name: CHAPTER_TITLE }).click();
  await expect(gov.page.getByRole('heading', { level: 1, name: CHAPTER_TITLE })).toBeVisible();
  await expect(gov.page.getByTestId('document-kind')).toHaveText('Shared draft');
  await expect(gov.page.getByTestId('document-access')).toHaveText('Can edit');
  await expect(gov.page.getByRole('link', { name: 'Open GOV caucus notes beside this draft' })).toHaveAttribute(
    'href',
    `/negotiations/${negotiationId}/documents/${(await visibleDocuments(gov.context.request, negotiationId)).get('GOV caucus notes')}`,
  );
  await expect(gov.page.getByRole('link', { name: /APM caucus/ })).toHaveCount(0);

  // The other delegation's caucus and the mediation team's notes: the same 404 page as an unknown id.
  for (const id of [apmCaucus, notes, '00000000-0000-4000-8000-000000000000']) {
    const res = await gov.page.goto(`/negotiations/${negotiationId}/documents/${id}`);
    expect(res?.status(), id).toBe(404);
    await expect(gov.page.getByRole('heading', { level: 1 })).toContainText('not available to you');
    await expect(gov.page.getByText('APM caucus notes')).toHaveCount(0);
  }
  for (const path of [
    `/api/documents/${apmCaucus}`,
    `/api/documents/${apmCaucus}/comments`,
    `/api/documents/${apmCaucus}/versions`,
    `/api/documents/${apmCaucus}/export`,
  ]) {
    expect((await gov.context.request.get(path)).status(), path).toBe(404);
  }

  // APM brackets words in a shared draft: GOV sees them, attributed to APM.
  const draft = await freshDraft(mediator.context.request, negotiationId, 'Annex J – Weapons storage');
  const apmEditor = await openEditor(apm.page, draft.url);
  const govEditor = await openEditor(gov.page, draft.url);
  await apmEditor.click();
  await apm.page.keyboard.type('Heavy weapons are stored in joint depots');
  for (let i = 0; i < 'joint depots'.length; i++) await apm.page.keyboard.press('Shift+ArrowLeft');
  await apm.page.getByRole('group', { name: 'Negotiation drafting' }).getByRole('button', { name: 'Bracket', exact: true }).click();
  const bracket = govEditor.locator('span[data-bracket]');
  await expect.poll(() => textsWithoutCarets(bracket), { timeout: 15_000 }).toEqual(['joint depots']);
  await expect(bracket).toHaveAttribute('data-party-short', 'APM');
  await expect(bracket).toHaveAttribute('title', 'Bracketed by APM');
  await expect(apm.page.getByTestId('save-status')).toHaveText('Saved', { timeout: 15_000 });

  // In the formulative style APM's typing is a suggestion; GOV sees it attributed, and cannot accept it.
  await setStyle(mediator.context.request, negotiationId, 'formulative');
  try {
    const apmSuggesting = await openEditor(apm.page, draft.url);
    await expect(apm.page.getByTestId('suggest-badge')).toBeVisible();
    await apmSuggesting.click();
    await moveCaret(apm.page, 'Control+End');
    await apm.page.keyboard.type(' under seal');
    await expect(apm.page.getByTestId('save-status')).toHaveText('Saved', { timeout: 15_000 });
    const govSees = await openEditor(gov.page, draft.url);
    const { parties } = (await (await gov.context.request.get(`/api/negotiations/${negotiationId}/floor`)).json()) as {
      parties: { id: string; shortName: string }[];
    };
    const apmParty = parties.find((p) => p.shortName === 'APM')!.id;
    const suggestion = govSees.locator(`ins.suggestion-insertion[data-party="${apmParty}"]`);
    await expect.poll(() => textsWithoutCarets(suggestion), { timeout: 15_000 }).toEqual(['under seal']);
    await expect(govSees.locator('span[data-bracket][data-party-short="APM"]')).toBeVisible();
    expect(await editorText(govSees)).toContain('Heavy weapons are stored in joint depots under seal');
    const review = await openTab(gov.page, 'Review');
    const item = review.getByRole('listitem').filter({ hasText: 'under seal' });
    await expect(item).toContainText('APM');
    await expect(review.getByRole('button', { name: /^(Accept|Reject)/ })).toHaveCount(0);
  } finally {
    await setStyle(mediator.context.request, negotiationId, 'facilitative');
  }
  for (const e of errors) expect(appErrors(e)).toEqual([]);
  await Promise.all([gov.context.close(), apm.context.close(), mediator.context.close()]);
});
