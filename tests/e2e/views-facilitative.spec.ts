import { BASE_URL } from '../../playwright.config';
import { ACCOUNTS, expect, openAs, signInOverHttp, test, watchConsole } from './fixtures';
import { appErrors, editorText, openEditor, setStyle } from './editor-page';
import { freshDraft, openTab, talksId, visibleDocuments } from './views-helpers';

test('facilitative mediator: process tools, no pen, gives the floor from the keyboard, offers clauses instead of inserting them', async ({
  browser,
  playwright,
}) => {
  test.setTimeout(150_000);
  const mediator = await openAs(browser, 'mediator');
  const gov = await openAs(browser, 'govLead');
  const errors = [mediator.page, gov.page].map(watchConsole);
  const negotiationId = await talksId(mediator.context.request);
  await setStyle(mediator.context.request, negotiationId, 'facilitative');
  // The floor is the negotiation's: start from "nobody has it", whatever another spec left.
  expect((await mediator.context.request.delete(`/api/negotiations/${negotiationId}/floor`)).status()).toBe(200);
  const draft = await freshDraft(mediator.context.request, negotiationId, 'Annex F – Facilitated session');

  // The draft: read-only for the mediator, who is told so; typing changes nothing.
  const editor = await openEditor(mediator.page, draft.url);
  await expect(mediator.page.getByTestId('document-access')).toHaveText('View and comment only');
  await expect(mediator.page.getByTestId('read-only-badge')).toHaveText('View and comment only');
  await expect(mediator.page.getByTestId('editor')).toHaveAttribute('data-editable', 'false');
  await expect(editor).toHaveAttribute('contenteditable', 'false');
  await editor.click();
  await mediator.page.keyboard.type('mediator wording');
  const govEditor = await openEditor(gov.page, draft.url);
  await expect(gov.page.getByTestId('editor')).toHaveAttribute('data-editable', 'true');
  await govEditor.click();
  await gov.page.keyboard.type('The parties hold the pen here.');
  await expect.poll(() => editorText(editor), { timeout: 15_000 }).toBe('The parties hold the pen here.');
  expect(await editorText(govEditor)).not.toContain('mediator wording');

  // Process tools: comments, the status board, the agenda and the floor.
  const comments = await openTab(mediator.page, 'Comments');
  await expect(comments.getByRole('heading', { name: /^Comments/ })).toBeVisible();
  await expect(comments.getByLabel('New comment')).toBeVisible();
  const status = await openTab(mediator.page, 'Status');
  await expect(status.getByRole('heading', { name: 'Clause status' })).toBeVisible();
  const processTab = await openTab(mediator.page, 'Process');
  const process = processTab.getByRole('region', { name: 'Process' });
  await expect(process.getByRole('heading', { name: 'Agenda' })).toBeVisible();
  await expect(process.locator('[aria-current="page"]')).toHaveText(draft.title);
  await expect(process.getByRole('link', { name: 'Chapter III – Security Arrangements' })).toBeVisible();
  await expect(processTab.getByRole('region', { name: 'Your role here: Lead mediator' })).toContainText('Edit the text directly');

  // The floor: every member sees it; the lead mediator gives it from the keyboard.
  const floor = processTab.getByRole('region', { name: 'Floor' });
  await expect(floor.getByTestId('floor-holder')).toHaveText('Nobody has the floor. The chair holds it until it is given.');
  const govProcess = await openTab(gov.page, 'Process');
  const govFloor = govProcess.getByRole('region', { name: 'Floor' });
  await expect(govFloor.getByTestId('floor-holder')).toHaveText('Nobody has the floor. The chair holds it until it is given.');
  await expect(govFloor.getByRole('button')).toHaveCount(0);
  await expect(govFloor.getByLabel('Speaker')).toHaveCount(0);

  await floor.getByLabel('Speaker').selectOption({ label: 'Government of Arandia (GOV)' });
  await expect(floor.getByLabel('Agenda item')).toHaveValue(draft.id);
  await floor.getByLabel('Agenda item').focus();
  await mediator.page.keyboard.press('Tab');
  await expect(floor.getByRole('button', { name: 'Give the floor' })).toBeFocused();
  await mediator.page.keyboard.press('Enter');
  const govHasIt = `GOV (Government of Arandia) has the floor on “${draft.title}”.`;
  await expect(floor.getByTestId('floor-holder')).toHaveText(govHasIt);
  await expect(floor.getByRole('status')).toHaveText('Floor given.');
  await expect(floor).toContainText('Given by Helena Marsh');
  // The delegation's open page hears it without a reload; the negotiation overview shows it too.
  await expect(govFloor.getByTestId('floor-holder')).toHaveText(govHasIt);
  const govOverview = await gov.context.newPage();
  errors.push(watchConsole(govOverview));
  await govOverview.goto(`/negotiations/${negotiationId}`);
  const overviewFloor = govOverview.getByRole('region', { name: 'Floor' });
  await expect(overviewFloor.getByTestId('floor-holder')).toHaveText(govHasIt);

  await floor.getByLabel('Speaker').selectOption({ label: 'Mediation team' });
  await floor.getByLabel('Agenda item').selectOption({ label: 'Chapter III – Security Arrangements' });
  await floor.getByRole('button', { name: 'Give the floor' }).focus();
  await mediator.page.keyboard.press('Enter');
  await expect(govFloor.getByTestId('floor-holder')).toHaveText(
    'The mediation team has the floor on “Chapter III – Security Arrangements”.',
  );
  await floor.getByRole('button', { name: 'Take the floor back' }).focus();
  await mediator.page.keyboard.press('Enter');
  await expect(floor.getByTestId('floor-holder')).toHaveText('Nobody has the floor. The chair holds it until it is given.');
  await expect(govFloor.getByTestId('floor-holder')).toHaveText('Nobody has the floor. The chair holds it until it is given.');
  await expect(floor.getByRole('button', { name: 'Take the floor back' })).toBeDisabled();
  await expect(overviewFloor.getByTestId('floor-holder')).toHaveText('Nobody has the floor. The chair holds it until it is given.');
  await govOverview.close();

  // The floor route: the delegation is refused (403), a non-member sees nothing (404), bad bodies are 400.
  const floorUrl = `/api/negotiations/${negotiationId}/floor`;
  const govParty = (await (await gov.context.request.get(floorUrl)).json()).parties.find(
    (p: { shortName: string }) => p.shortName === 'GOV',
  ).id as string;
  const give = { holder: 'party', partyId: govParty, documentId: draft.id };
  expect((await gov.context.request.put(floorUrl, { data: give })).status()).toBe(403);
  expect((await gov.context.request.delete(floorUrl)).status()).toBe(403);
  const outsider = await playwright.request.newContext({ baseURL: BASE_URL });
  await signInOverHttp(outsider, ACCOUNTS.outsider);
  expect((await outsider.put(floorUrl, { data: give })).status()).toBe(404);
  expect((await outsider.get(floorUrl)).status()).toBe(404);
  await outsider.dispose();
  const govCaucus = (await visibleDocuments(gov.context.request, negotiationId)).get('GOV caucus notes')!;
  for (const body of [
    { holder: 'GOV', documentId: draft.id },
    { holder: 'party', documentId: draft.id },
    { holder: 'mediation', documentId: govCaucus },
  ]) {
    const res = await mediator.context.request.put(floorUrl, { data: body });
    expect(res.status(), JSON.stringify(body)).toBe(400);
    expect(await res.json()).toMatchObject({ error: expect.any(String) });
  }
  const audit = await (await mediator.context.request.get(`/api/negotiations/${negotiationId}/audit?action=floor`)).json();
  expect(audit.events.map((e: { summary: string }) => e.summary)).toEqual(
    expect.arrayContaining([
      `gave the floor to GOV on “${draft.title}”`,
      'gave the floor to the mediation team on “Chapter III – Security Arrangements”',
    ]),
  );

  // Library clauses: the mediator offers them (no insert button); the text is untouched; the party sees the offer.
  const clauses = await openTab(mediator.page, 'Clauses');
  const library = clauses.getByRole('region', { name: 'Clause library' });
  await library.getByLabel('Search the clause library').fill('cantonment');
  await library
    .getByRole('button', { name: /Cantonment of forces/ })
    .first()
    .click();
  const preview = library.getByTestId('clause-preview');
  await expect(preview.getByRole('button', { name: 'Offer standard to the parties' })).toBeVisible();
  await expect(preview.getByRole('button', { name: /^Insert/ })).toHaveCount(0);
  await preview.getByRole('button', { name: 'Offer standard to the parties' }).click();
  await expect(library.getByRole('status')).toHaveText(/^Offered “Cantonment of forces” \(standard\) to the parties/);
  expect(await editorText(editor)).toBe('The parties hold the pen here.');

  await gov.page.reload();
  await expect(gov.page.getByTestId('save-status')).toHaveText('Saved', { timeout: 20_000 });
  const govOffers = (await openTab(gov.page, 'Process')).getByRole('region', { name: 'Process' });
  await expect(govOffers).toContainText('Cantonment of forces (standard) — offered by Helena Marsh');
  // A party holds the pen: for GOV the library inserts.
  const govLibrary = (await openTab(gov.page, 'Clauses')).getByRole('region', { name: 'Clause library' });
  await govLibrary.getByLabel('Search the clause library').fill('cantonment');
  await govLibrary
    .getByRole('button', { name: /Cantonment of forces/ })
    .first()
    .click();
  await expect(govLibrary.getByTestId('clause-preview').getByRole('button', { name: 'Insert standard', exact: true })).toBeVisible();
  expect(await editorText(govEditor)).toBe('The parties hold the pen here.');

  for (const e of errors) expect(appErrors(e)).toEqual([]);
  await Promise.all([mediator.context.close(), gov.context.close()]);
});
