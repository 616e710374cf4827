import { expect, openAs, test, watchConsole } from './fixtures';
import { appErrors, editorText, moveCaret, openEditor, setStyle, textsWithoutCarets } from './editor-page';
import { freshDraft, openTab, talksId } from './views-helpers';

test('formulative mediator accepts a party’s suggestion in the Review tab; the text changes for both', async ({ browser }) => {
  test.setTimeout(150_000);
  const mediator = await openAs(browser, 'mediator');
  const gov = await openAs(browser, 'govLead');
  const errors = [mediator.page, gov.page].map(watchConsole);
  const negotiationId = await talksId(mediator.context.request);
  const draft = await freshDraft(mediator.context.request, negotiationId, 'Annex G – Single negotiating text');
  try {
    // GOV has the draft open while the parties still hold the pen.
    const govEditor = await openEditor(gov.page, draft.url);
    await expect(gov.page.getByTestId('document-access')).toHaveText('Can edit');
    await expect(gov.page.getByTestId('suggest-badge')).toHaveCount(0);

    // GOV also has the negotiation overview open in another tab (no document socket there).
    const govOverview = await gov.context.newPage();
    errors.push(watchConsole(govOverview));
    await govOverview.goto(`/negotiations/${negotiationId}`);
    const govStyleCard = govOverview.getByRole('region', { name: 'Mediation style' });
    await expect(govStyleCard).toContainText('Facilitative');

    // The mediator switches the style on the negotiation page.
    await mediator.page.goto(`/negotiations/${negotiationId}`);
    await mediator.page.getByRole('radio', { name: /^Formulative/ }).check();
    await mediator.page.getByRole('button', { name: 'Apply style' }).click();
    await expect(mediator.page.getByRole('status').filter({ hasText: 'The mediation style is now Formulative' })).toBeVisible();

    // GOV's overview follows without a reload, and says so.
    await govOverview.bringToFront();
    await expect(govStyleCard.getByRole('status')).toHaveText(/The mediation style was changed to Formulative/, { timeout: 20_000 });
    await expect(govStyleCard).toContainText('Current:Formulative');
    await gov.page.bringToFront();

    // The mediator holds the pen and writes the single text.
    const editor = await openEditor(mediator.page, draft.url);
    await expect(mediator.page.getByTestId('document-access')).toHaveText('Can edit');
    await expect(mediator.page.getByTestId('suggest-badge')).toHaveCount(0);
    await expect(mediator.page.getByTestId('editor')).toHaveAttribute('data-editable', 'true');
    await editor.click();
    await mediator.page.keyboard.type('The parties agree to a ceasefire');
    await expect(mediator.page.getByTestId('save-status')).toHaveText('Saved', { timeout: 15_000 });

    // GOV's open page follows without a reload: it may only suggest now, and its panels say so.
    await expect(gov.page.getByTestId('suggest-badge')).toHaveText(
      'Suggest mode: your edits are proposals the pen-holder accepts or rejects',
      { timeout: 15_000 },
    );
    await expect(gov.page.getByTestId('document-access')).toHaveText('Suggest only', { timeout: 15_000 });
    const govRole = (await openTab(gov.page, 'Process')).getByRole('region', { name: 'Your role here: Lead negotiator' });
    await expect(govRole).toContainText('Formulative mediation.');
    await expect(govRole.getByRole('list').first()).not.toContainText('Accept or reject other people’s suggestions');

    // The party's typing arrives as an attributed insertion.
    await expect.poll(() => editorText(govEditor), { timeout: 15_000 }).toBe('The parties agree to a ceasefire');
    await govEditor.click();
    await moveCaret(gov.page, 'Control+End');
    await gov.page.keyboard.type(' within 72 hours');
    const govParty = (await (await gov.context.request.get(`/api/negotiations/${negotiationId}/floor`)).json()).parties.find(
      (p: { shortName: string }) => p.shortName === 'GOV',
    ).id as string;
    await expect.poll(() => textsWithoutCarets(govEditor.locator('ins.suggestion-insertion'))).toEqual(['within 72 hours']);
    await expect(gov.page.getByTestId('save-status')).toHaveText('Saved', { timeout: 15_000 });
    const mine = editor.locator(`ins.suggestion-insertion[data-party="${govParty}"]`);
    await expect.poll(() => textsWithoutCarets(mine), { timeout: 15_000 }).toEqual(['within 72 hours']);

    // The party sees its own suggestion under review but cannot accept it.
    const govReview = await openTab(gov.page, 'Review');
    await expect(govReview.getByRole('listitem').filter({ hasText: 'within 72 hours' })).toContainText('GOV');
    await expect(govReview.getByRole('button', { name: /^Accept/ })).toHaveCount(0);

    // The pen-holder accepts it in the Review tab.
    const review = await openTab(mediator.page, 'Review');
    const item = review.getByRole('listitem').filter({ hasText: 'within 72 hours' });
    await expect(item).toContainText('GOV');
    await item.getByRole('button', { name: 'Accept suggestion by GOV' }).click();
    await expect(review).toContainText('No open suggestions.');
    await expect(mine).toHaveCount(0);
    await expect.poll(() => editorText(editor)).toBe('The parties agree to a ceasefire within 72 hours');
    // …and for the party: the words are now plain text of the draft.
    await expect(govEditor.locator('ins.suggestion-insertion')).toHaveCount(0, { timeout: 15_000 });
    await expect.poll(() => editorText(govEditor)).toBe('The parties agree to a ceasefire within 72 hours');
    await expect(govReview).toContainText('No open suggestions.');
    await expect(mediator.page.getByTestId('save-status')).toHaveText('Saved', { timeout: 15_000 });

    // After a reload (the stored text), the accepted wording stays and carries no suggestion mark.
    await gov.page.reload();
    await expect(gov.page.getByTestId('save-status')).toHaveText('Saved', { timeout: 20_000 });
    await expect.poll(() => editorText(gov.page.locator('.ProseMirror').first())).toBe('The parties agree to a ceasefire within 72 hours');
    await expect(gov.page.locator('.ProseMirror ins.suggestion-insertion')).toHaveCount(0);
    for (const e of errors) expect(appErrors(e)).toEqual([]);
  } finally {
    await setStyle(mediator.context.request, negotiationId, 'facilitative');
    await Promise.all([mediator.context.close(), gov.context.close()]);
  }
});
