import type { APIRequestContext, Locator, Page } from '@playwright/test';
import * as Y from 'yjs';
import { writeBlocks } from './craft-helpers';
import { appErrors, editorText, moveCaret, openEditor } from './editor-page';
import { expect, openAs, test, watchConsole } from './fixtures';

/** A fresh shared draft in the demo negotiation, added by the convener (no text from other specs). */
async function freshDraftUrl(convener: APIRequestContext): Promise<string> {
  const { negotiations } = (await (await convener.get('/api/negotiations')).json()) as { negotiations: { id: string; title: string }[] };
  const talks = negotiations.find((n) => n.title.startsWith('Arandia Peace Talks'));
  expect(talks, 'demo negotiation').toBeTruthy();
  const res = await convener.post(`/api/negotiations/${talks!.id}/documents`, {
    data: { title: `Annex C – Live drafting ${Date.now()}`, kind: 'shared' },
  });
  expect(res.status()).toBe(201);
  const { document } = (await res.json()) as { document: { id: string } };
  return `/negotiations/${talks!.id}/documents/${document.id}`;
}

/**
 * GOV writes a sentence at the end of the last paragraph; then GOV keeps typing at its end while
 * APM types at its start, both at once, until both editors show the same text.
 */
async function typeTogether(govPage: Page, govEditor: Locator, apmPage: Page, apmEditor: Locator): Promise<void> {
  await govEditor.click();
  await moveCaret(govPage, 'Control+End');
  await govPage.keyboard.type('The parties agree to a ceasefire');
  await expect.poll(() => editorText(apmEditor), { timeout: 15_000 }).toContain('The parties agree to a ceasefire');
  // Two carets at the very same spot interleave keystrokes (converges, but is not a sentence).
  await apmEditor.click();
  await moveCaret(apmPage, 'Control+End');
  await moveCaret(apmPage, 'Home');
  await Promise.all([
    govPage.keyboard.type(' monitored jointly', { delay: 40 }),
    apmPage.keyboard.type('Within 72 hours, ', { delay: 40 }),
  ]);
  await expect.poll(async () => (await editorText(govEditor)) === (await editorText(apmEditor)), { timeout: 15_000 }).toBe(true);
}

test('two delegations type in the same paragraph and converge; an observer watches live and cannot type', async ({ browser }) => {
  test.setTimeout(150_000); // three browser contexts on a shared 2-core machine
  const gov = await openAs(browser, 'govLead');
  const apm = await openAs(browser, 'apmLead');
  const obs = await openAs(browser, 'observer');
  const errors = [gov.page, apm.page, obs.page].map(watchConsole);
  const mediator = await openAs(browser, 'mediator');
  const url = await freshDraftUrl(mediator.context.request);
  await mediator.context.close();

  const govEditor = await openEditor(gov.page, url);
  const apmEditor = await openEditor(apm.page, url);
  const obsEditor = await openEditor(obs.page, url);
  await expect(gov.page.getByTestId('editor')).toHaveAttribute('data-editable', 'true');
  await expect(apm.page.getByTestId('editor')).toHaveAttribute('data-editable', 'true');
  // An empty draft says so: an invitation for those who hold the pen, a note for a reader.
  await expect(govEditor.locator('p.is-editor-empty')).toHaveAttribute('data-placeholder', /Start drafting here/);
  await expect(obs.page.getByTestId('empty-draft')).toContainText('Nothing has been drafted');
  await expect(obsEditor.locator('[data-placeholder]')).toHaveCount(0);

  // Presence: each sees the others with their role.
  await expect(gov.page.getByTestId('presence-list')).toContainText('Samir Haddad', { timeout: 15_000 });
  await expect(gov.page.getByTestId('presence-list')).toContainText('Observer');

  await typeTogether(gov.page, govEditor, apm.page, apmEditor);
  const final = await editorText(govEditor);
  // Every keystroke of both people arrived, in order, in one paragraph.
  expect(final).toContain('Within 72 hours, The parties agree to a ceasefire monitored jointly');
  expect(await gov.page.locator('.ProseMirror p').filter({ hasText: 'Within 72 hours' }).count()).toBe(1);

  // The observer sees it live, is told it is read-only, and cannot type.
  await expect.poll(() => editorText(obsEditor), { timeout: 15_000 }).toBe(final);
  await expect(obs.page.getByTestId('read-only-badge')).toHaveText('View and comment only');
  await expect(obs.page.getByTestId('empty-draft')).toHaveCount(0);
  await expect(govEditor.locator('p.is-editor-empty')).toHaveCount(0);
  await expect(obsEditor).toHaveAttribute('contenteditable', 'false');
  await obsEditor.click();
  await obs.page.keyboard.type('observer text');
  await obs.page.waitForTimeout(500);
  expect(await editorText(obsEditor)).not.toContain('observer text');
  expect(await editorText(govEditor)).not.toContain('observer text');

  await expect(gov.page.getByTestId('save-status')).toHaveText('Saved', { timeout: 15_000 });
  await expect(apm.page.getByTestId('save-status')).toHaveText('Saved', { timeout: 15_000 });
  for (const e of errors) expect(appErrors(e)).toEqual([]);
  await Promise.all([gov.context.close(), apm.context.close(), obs.context.close()]);
});

test('typing right after a library clause keeps each writer’s keystrokes in order', async ({ browser }) => {
  test.setTimeout(150_000);
  const mediator = await openAs(browser, 'mediator');
  const url = await freshDraftUrl(mediator.context.request);
  await mediator.context.close();
  const gov = await openAs(browser, 'govLead');
  const apm = await openAs(browser, 'apmLead');
  const documentId = url.split('/').pop()!;
  const seed = await writeBlocks(gov.context.request, documentId, []);
  seed.doc.transact(() => {
    const clause = new Y.XmlElement('clauseBlock');
    clause.setAttribute('clauseId', 'cf-cantonment-sites');
    clause.setAttribute('title', 'Cantonment of forces');
    const p = new Y.XmlElement('paragraph');
    p.insert(0, [new Y.XmlText('Forces move to the cantonment sites within 30 days.')]);
    clause.insert(0, [p]);
    seed.doc.getXmlFragment('default').push([clause]);
  });
  await seed.saved();
  seed.close();

  const govEditor = await openEditor(gov.page, url);
  const apmEditor = await openEditor(apm.page, url);
  await expect.poll(() => editorText(apmEditor), { timeout: 15_000 }).toContain('within 30 days');
  await typeTogether(gov.page, govEditor, apm.page, apmEditor);
  expect(await editorText(govEditor)).toContain('Within 72 hours, The parties agree to a ceasefire monitored jointly');
});

test('provisions numbered in plain text paste as a numbered list, kept after a reload', async ({ browser }) => {
  test.setTimeout(90_000);
  const mediator = await openAs(browser, 'mediator');
  const url = await freshDraftUrl(mediator.context.request);
  await mediator.context.close();
  const gov = await openAs(browser, 'govLead');
  const errors = watchConsole(gov.page);
  const editor = await openEditor(gov.page, url);
  await editor.click();
  // What an e-mail or a text file puts on the clipboard: text only, no HTML.
  await editor.evaluate((el, text) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', text);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  }, '4. Forces withdraw 5 km from the line of contact.\n5. Monitors verify each withdrawal.\n');
  const items = editor.locator('ol[start="4"] > li');
  await expect(items).toHaveText(['Forces withdraw 5 km from the line of contact.', 'Monitors verify each withdrawal.']);
  await expect(gov.page.getByTestId('save-status')).toHaveText('Saved', { timeout: 20_000 });
  await openEditor(gov.page, url);
  await expect(items).toHaveCount(2);
  expect(appErrors(errors)).toEqual([]);
});
