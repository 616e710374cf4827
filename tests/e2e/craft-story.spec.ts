import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect, openAs, test, watchConsole, type AccountKey } from './fixtures';
import { appErrors, editorText, openEditor, setStyle } from './editor-page';
import { freshStoryDraft, openTab, readDocxParagraphs, rgb, selectText, type Party } from './story-helpers';

/**
 * Issue #5, "drafting craft", as one story in the browser: GOV brackets and proposes an
 * alternative, APM sees both attributed to GOV, the mediator collapses them (and the audit trail
 * says so), APM agrees ad ref and confirms, the observer comments and GOV replies, GOV suggests a
 * deletion the mediator accepts (formulative style), a named version is compared with the current
 * text, and the DOCX export is opened and read back.
 */

const CLAUSE = 'Forces withdraw to the cantonment sites within 30 days of signature.';
const ALT_2 = 'Forces withdraw to the cantonment sites within 90 days of signature.';
const WEAPONS = 'Heavy weapons are stored under strict joint verification.';

interface Person {
  context: BrowserContext;
  page: Page;
  errors: string[];
  editor?: Locator;
}

test.describe.serial('drafting craft story (issue #5)', () => {
  test.describe.configure({ timeout: 120_000 }); // several browsers on a shared 2-core machine

  const people = {} as Record<'gov' | 'apm' | 'mediator' | 'observer', Person>;
  let draft: Awaited<ReturnType<typeof freshStoryDraft>>;
  let gov: Party;

  const join = async (browser: Parameters<typeof openAs>[0], key: keyof typeof people, who: AccountKey) => {
    const { context, page } = await openAs(browser, who);
    people[key] = { context, page, errors: watchConsole(page) };
    return people[key];
  };
  const expectNoAppErrors = () => {
    for (const [who, p] of Object.entries(people)) expect(appErrors(p.errors), `console errors for ${who}`).toEqual([]);
  };
  const message = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

  test.beforeAll(async ({ browser }) => {
    const mediator = await join(browser, 'mediator', 'mediator');
    draft = await freshStoryDraft(mediator.context.request);
    gov = draft.parties.find((p) => p.shortName === 'GOV')!;
    expect(gov, 'GOV party').toBeTruthy();
    await join(browser, 'gov', 'govLead');
    await join(browser, 'apm', 'apmLead');
  });

  test.afterAll(async () => {
    try {
      // Other specs share the demo negotiation: leave it facilitative whatever happened here.
      if (people.mediator && draft) await setStyle(people.mediator.context.request, draft.talksId, 'facilitative');
    } finally {
      await Promise.all(Object.values(people).map((p) => p.context.close()));
    }
  });

  test('1 · GOV brackets “30 days” and proposes Alt 2 reading “90 days”', async () => {
    const { page } = people.gov;
    const editor = (people.gov.editor = await openEditor(page, draft.url));
    people.apm.editor = await openEditor(people.apm.page, draft.url);
    await expect(page.getByTestId('document-access')).toHaveText('Can edit');

    await editor.click();
    await page.keyboard.type(CLAUSE);
    await page.keyboard.press('Enter');
    await page.keyboard.type(WEAPONS);
    await expect.poll(() => editorText(people.apm.editor!, { spaceBlocks: true }), { timeout: 15_000 }).toBe(`${CLAUSE} ${WEAPONS}`);

    await selectText(page, editor, '30 days');
    const drafting = page.getByRole('group', { name: 'Negotiation drafting' });
    await drafting.getByRole('button', { name: 'Bracket', exact: true }).click();
    await expect(message(page, 'Bracketed “30 days” for GOV.')).toBeVisible();
    await expect(editor.locator('.bracket')).toHaveText('30 days');
    await expect(editor.locator('.bracket')).toHaveAttribute('data-party-short', 'GOV');

    await editor.getByText('of signature', { exact: false }).click();
    await drafting.getByRole('button', { name: 'Propose alternative' }).click();
    await drafting.getByRole('textbox', { name: 'Text of the alternative' }).fill(ALT_2);
    await drafting.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(message(page, 'Alternative proposed for GOV.')).toBeVisible();
    const alt = editor.locator('p[data-altof]');
    await expect(alt).toHaveText(ALT_2);
    await expect(alt).toHaveAttribute('data-altlabel', 'Alt 2');
    await expect(page.getByTestId('save-status')).toHaveText('Saved', { timeout: 15_000 });
    expectNoAppErrors();
  });

  test('2 · APM sees the bracket and the alternative, both attributed to GOV', async () => {
    const { page } = people.apm;
    const editor = people.apm.editor!;
    const bracket = editor.locator('.bracket');
    await expect(bracket).toHaveText('30 days', { timeout: 15_000 });
    await expect(bracket).toHaveAttribute('title', 'Bracketed by GOV');
    await expect(bracket).toHaveAttribute('data-party', gov.id);
    // The party's colour underlines the text (the text itself keeps the reading colour).
    await expect(bracket).toHaveCSS('box-shadow', new RegExp(`^${rgb(gov.color).replace(/[()]/g, '\\$&')} 0px -2px 0px 0px inset$`));
    const alt = editor.locator('p[data-altof]');
    await expect(alt).toHaveText(ALT_2);
    await expect(alt).toHaveAttribute('data-altlabel', 'Alt 2');
    await expect(alt).toHaveAttribute('data-altpartyshort', 'GOV');
    await expect(alt).toHaveCSS('border-left-color', rgb(gov.color));

    const review = await openTab(page, 'Review');
    const alternatives = review.getByRole('region', { name: 'Alternatives' });
    await expect(alternatives.getByRole('listitem').filter({ hasText: 'Alt 1:' })).toContainText(CLAUSE);
    await expect(alternatives.getByRole('listitem').filter({ hasText: 'Alt 2 (GOV):' })).toContainText(ALT_2);
    // Collapsing is the mediator's act: a party has no such control.
    await expect(alternatives.getByRole('button', { name: /^Keep/ })).toHaveCount(0);
    expectNoAppErrors();
  });

  test('3 · the mediator keeps Alt 1; the alternative is gone for everyone and the audit trail says so', async () => {
    const mediator = people.mediator;
    const { page } = mediator;
    mediator.editor = await openEditor(page, draft.url);
    const review = await openTab(page, 'Review');
    const alternatives = review.getByRole('region', { name: 'Alternatives' });
    await expect(alternatives.getByRole('listitem').filter({ hasText: 'Alt 2 (GOV):' })).toContainText(ALT_2);
    await alternatives.getByRole('button', { name: 'Keep Alt 1' }).click();
    await expect(message(page, 'Kept Alt 1; the other alternatives were removed.')).toBeVisible();
    await expect(alternatives).toContainText('No competing alternatives.');

    for (const who of ['gov', 'apm', 'mediator'] as const) {
      const editor = people[who].editor!;
      await expect(editor.locator('p[data-altof]'), `${who} still sees Alt 2`).toHaveCount(0, { timeout: 15_000 });
      await expect.poll(() => editorText(editor, { spaceBlocks: true }), { timeout: 15_000 }).toBe(`${CLAUSE} ${WEAPONS}`);
      await expect(editor.locator('.bracket')).toHaveText('30 days');
    }
    // A reload shows what the server kept (not only what this browser did).
    await people.apm.page.reload();
    await expect(people.apm.page.getByTestId('save-status')).toHaveText('Saved', { timeout: 20_000 });
    await expect.poll(() => editorText(people.apm.editor!, { spaceBlocks: true }), { timeout: 15_000 }).toBe(`${CLAUSE} ${WEAPONS}`);

    // The audit trail, filtered to this document with the page's own filter form.
    const audit = page;
    await audit.goto(`/negotiations/${draft.talksId}/audit`);
    await audit.getByRole('combobox', { name: 'Document' }).selectOption({ label: draft.title });
    await audit.getByRole('button', { name: 'Apply filters' }).click();
    await expect(audit).toHaveURL(new RegExp(`document=${draft.documentId}`));
    const entries = audit.getByRole('list', { name: 'Activity' }).getByRole('listitem');
    const collapse = entries.filter({ hasText: 'Helena Marsh' }).filter({ hasText: /collaps/i });
    await expect(collapse).toHaveCount(1);
    await expect(
      entries
        .filter({ hasText: 'Daniel Okoro' })
        .filter({ hasText: /bracket/i })
        .first(),
    ).toBeVisible();
    expectNoAppErrors();
  });

  test('4 · APM cannot agree to the bracketed clause; it agrees to the other one ad referendum, then confirms it', async () => {
    const { page } = people.apm;
    const status = await openTab(page, 'Status');
    const clauses = status.getByRole('list', { name: 'Clauses' });
    const contested = clauses.getByRole('listitem').filter({ hasText: 'Forces withdraw to the cantonment sites' }).first();
    await expect(contested).toContainText('[contains brackets]');
    // Brackets are text nobody agreed to: the board says so before anyone clicks.
    await expect(contested.getByRole('button', { name: /^Agree ad ref to ‘Forces withdraw/ })).toBeDisabled();
    await expect(contested).toContainText('Not ready for agreement: the text still holds brackets.');

    const row = clauses.getByRole('listitem').filter({ hasText: 'Heavy weapons are stored' }).first();
    const positions = row.getByRole('list', { name: /^Party positions on/ });
    await expect(positions).toContainText('APM: No position');
    await row.getByRole('button', { name: /^Agree ad ref to ‘Heavy weapons/ }).click();
    await expect(message(page, /^APM agreed ‘Heavy weapons.*’ ad ref\. A version was saved\.$/)).toBeVisible();
    await expect(positions).toContainText('APM: Ad ref');
    await expect(row).toContainText('Partly agreed');

    await row.getByRole('button', { name: /^Confirm ‘Heavy weapons/ }).click();
    await expect(message(page, /^APM confirmed ‘Heavy weapons.*’\. A version was saved\.$/)).toBeVisible();
    await expect(positions).toContainText('APM: Confirmed');
    await expect(positions).toContainText('GOV: No position');
    // GOV has not agreed: not agreed yet.
    await expect(row).toContainText('Partly agreed');

    // GOV's board follows live.
    const govStatus = await openTab(people.gov.page, 'Status');
    await expect(govStatus.getByRole('list', { name: /^Party positions on ‘Heavy weapons/ })).toContainText('APM: Confirmed', {
      timeout: 15_000,
    });
    expectNoAppErrors();
  });

  test('5 · the observer comments on the clause and GOV replies; both see the thread', async ({ browser }) => {
    const observer = await join(browser, 'observer', 'observer');
    const { page } = observer;
    const editor = (observer.editor = await openEditor(page, draft.url));
    await expect(page.getByTestId('read-only-badge')).toHaveText('View and comment only');

    await selectText(page, editor, '30 days');
    const comments = await openTab(page, 'Comments');
    await comments.getByRole('button', { name: 'Quote selection' }).click();
    await expect(comments.getByText('On:')).toContainText('30 days');
    await comments.getByRole('textbox', { name: 'New comment' }).fill('Can the cantonment sites be ready in 30 days?');
    await comments.getByRole('button', { name: 'Comment', exact: true }).click();
    await expect(message(page, 'Comment added.')).toBeVisible();
    const threadFor = (panel: Locator) => panel.getByRole('article', { name: 'Comment by Kwame Mensah' });
    await expect(threadFor(comments).locator('blockquote')).toContainText('30 days');

    const govComments = await openTab(people.gov.page, 'Comments');
    const govThread = threadFor(govComments);
    await expect(govThread).toContainText('Can the cantonment sites be ready in 30 days?', { timeout: 15_000 });
    await govThread.getByRole('button', { name: 'Reply' }).click();
    await govThread.getByRole('textbox', { name: 'Your reply' }).fill('Two of the five sites are ready; the rest need engineers.');
    await govThread.getByRole('button', { name: 'Send reply' }).click();
    await expect(govThread.getByRole('list', { name: 'Replies' })).toContainText('Two of the five sites are ready');

    const obsReplies = threadFor(comments).getByRole('list', { name: 'Replies' });
    await expect(obsReplies).toContainText('Daniel Okoro', { timeout: 15_000 });
    await expect(obsReplies).toContainText('Two of the five sites are ready; the rest need engineers.');
    await expect(threadFor(comments)).toContainText('Can the cantonment sites be ready in 30 days?');
    expectNoAppErrors();
  });

  test('6 · formulative: GOV suggests deleting “strict”, the mediator accepts it, and it is gone for everyone', async () => {
    const mediator = people.mediator;
    await mediator.page.goto(`/negotiations/${draft.talksId}`);
    const style = mediator.page.getByRole('region', { name: 'Mediation style' });
    await style.getByRole('radio', { name: /^Formulative/ }).check();
    await style.getByRole('button', { name: 'Apply style' }).click();
    await expect(style.getByRole('status')).toHaveText(/The mediation style is now Formulative\./);

    const govPage = people.gov.page;
    const govEditor = (people.gov.editor = await openEditor(govPage, draft.url));
    await expect(govPage.getByTestId('document-access')).toHaveText('Suggest only');
    await expect(govPage.getByTestId('suggest-badge')).toBeVisible();
    await selectText(govPage, govEditor, 'strict ');
    await govPage.keyboard.press('Backspace');
    const deletion = govEditor.locator('del.suggestion');
    await expect(deletion).toHaveText('strict ');
    await expect(deletion).toHaveAttribute('data-party', gov.id);
    await expect(govPage.getByTestId('save-status')).toHaveText('Saved', { timeout: 15_000 });

    const medEditor = (mediator.editor = await openEditor(mediator.page, draft.url));
    await expect(mediator.page.getByTestId('document-access')).toHaveText('Can edit');
    await expect(medEditor.locator('del.suggestion')).toHaveText('strict ', { timeout: 15_000 });
    const review = await openTab(mediator.page, 'Review');
    const suggestions = review.getByRole('region', { name: 'Suggested changes' });
    await expect(suggestions.getByRole('listitem')).toHaveCount(1);
    await expect(suggestions.getByRole('listitem').locator('del')).toHaveText('strict ');
    await suggestions.getByRole('button', { name: 'Accept suggestion by GOV' }).click();
    await expect(message(mediator.page, 'Accepted: GOV.')).toBeVisible();
    await expect(suggestions).toContainText('No open suggestions.');

    const after = 'Heavy weapons are stored under joint verification.';
    for (const who of ['gov', 'apm', 'mediator', 'observer'] as const) {
      const editor = people[who].editor!;
      await expect
        .poll(() => editorText(editor, { spaceBlocks: true }), { timeout: 15_000, message: `${who}’s text` })
        .toBe(`${CLAUSE} ${after}`);
      await expect(editor.locator('del.suggestion')).toHaveCount(0);
    }
    await expect(mediator.page.getByTestId('save-status')).toHaveText('Saved', { timeout: 15_000 });
    expectNoAppErrors();
  });

  test('7 · a named version is saved and compared with the current text as a redline', async () => {
    const govPage = people.gov.page;
    const versions = await openTab(govPage, 'Versions');
    const name = 'Before the verification wording';
    await versions.getByRole('textbox', { name: 'Version name' }).fill(name);
    await versions.getByRole('button', { name: 'Save version' }).click();
    const history = versions.getByRole('list', { name: 'Version history' });
    await expect(history.getByRole('listitem').filter({ hasText: name })).toHaveCount(1);

    // The mediator (pen-holder in formulative style) rewords the text directly.
    const { page: medPage } = people.mediator;
    const medEditor = people.mediator.editor!;
    await selectText(medPage, medEditor, 'joint');
    await medPage.keyboard.type('international');
    await expect(medPage.getByTestId('save-status')).toHaveText('Saved', { timeout: 15_000 });
    await expect
      .poll(() => editorText(people.gov.editor!, { spaceBlocks: true }), { timeout: 15_000 })
      .toContain('under international verification.');

    const option = versions.getByRole('combobox', { name: 'Compare' }).locator('option', { hasText: name });
    await versions.getByRole('combobox', { name: 'Compare' }).selectOption((await option.getAttribute('value'))!);
    await versions.getByRole('combobox', { name: 'with' }).selectOption({ label: 'Current draft' });
    await versions.getByRole('button', { name: 'Compare', exact: true }).click();
    const redline = versions.getByRole('list', { name: 'Differences by clause' });
    const changed = redline.getByRole('listitem').filter({ hasText: 'Paragraph 2 · Changed' });
    await expect(changed).toHaveCount(1);
    await expect(changed.locator('del')).toHaveText(['joint']);
    await expect(changed.locator('ins')).toHaveText(['international']);
    // The clause nobody touched since is not listed as a difference.
    await expect(redline.getByRole('listitem')).toHaveCount(1);
    expectNoAppErrors();
  });

  test('8 · the DOCX export downloads, opens, and carries the text and the bracket legend', async () => {
    const { page } = people.apm;
    const versions = await openTab(page, 'Versions');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      versions.getByRole('button', { name: 'Export draft (DOCX)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Annex-D-.*Cantonment-timetable-\d+\.docx$/);
    const { files, paragraphs } = await readDocxParagraphs(download);
    expect(files).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']));
    expect(paragraphs).toContain(draft.title);
    expect(paragraphs).toContain('Forces withdraw to the cantonment sites within [30 days]GOV of signature.');
    expect(paragraphs).toContain('Heavy weapons are stored under international verification.');
    expect(paragraphs).toContain('Legend: bracketed text');
    expect(paragraphs).toContain('Draft — not agreed');
    expect(paragraphs).toContain(`[text]GOV — not agreed; bracket held by ${gov.name}`);
    expect(paragraphs.join('\n')).not.toMatch(/90 days|strict|joint/);
    expectNoAppErrors();
  });
});
