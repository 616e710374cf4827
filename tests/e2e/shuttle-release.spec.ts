import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { unzipText } from '../support/unzip-text';
import { expect, openAs, test, watchConsole, type AccountKey } from './fixtures';
import { moveCaret } from './editor-page';
import { appErrors, editorText, freshDraft, openEditor, openTab, setStyle, talksId, type Style } from './views-helpers';

/**
 * Issue #23's acceptance story: GOV and APM leads sit idle on a shared draft while the lead
 * mediator releases a formula from the GOV bilateral channel, twice, then restores a version.
 * Nothing a server makes may break anyone's editor.
 */

const QUIET_MS = 10_000;

interface Watched {
  who: AccountKey;
  page: Page;
  editor: Locator;
  errors: string[];
  libraryRequests: string[];
}

async function watchDelegate(browser: Parameters<typeof openAs>[0], who: AccountKey, url: string): Promise<Watched> {
  const { page } = await openAs(browser, who);
  const errors = watchConsole(page);
  const libraryRequests: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/api/clauses/') && path !== '/api/clauses/permission') libraryRequests.push(path);
  });
  const editor = await openEditor(page, url);
  await expect(page.getByTestId('suggest-badge')).toBeVisible();
  return { who, page, editor, errors, libraryRequests };
}

/** For QUIET_MS, every delegate's editor stays connected, editable and without an error or refusal. */
async function expectQuiet(delegates: Watched[]): Promise<void> {
  const until = Date.now() + QUIET_MS;
  while (Date.now() < until) {
    for (const d of delegates) {
      await expect(d.page.getByTestId('save-status'), `${d.who}: save status`).toHaveText(/^(Saved|Saving…)$/, { timeout: 1 });
      await expect(d.page.getByTestId('edit-refused-notice'), `${d.who}: no refusal`).toHaveCount(0, { timeout: 1 });
      await expect(d.page.getByTestId('editor'), `${d.who}: editable`).toHaveAttribute('data-editable', 'true', { timeout: 1 });
    }
    await delegates[0]!.page.waitForTimeout(500);
  }
  for (const d of delegates) {
    expect(appErrors(d.errors), `${d.who}: console errors`).toEqual([]);
    expect(d.libraryRequests, `${d.who}: library requests for a Mediator's text`).toEqual([]);
  }
}

/** The mediator writes `text` as the whole bilateral channel and releases it into the draft from the Process tab, after checking the preview. */
async function releaseFromChannel(
  page: Page,
  channelUrl: string,
  draftTitle: string,
  text: string,
  expectedVersion: number,
): Promise<void> {
  const editor = await openEditor(page, channelUrl);
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await expect(page.getByTestId('save-status')).toHaveText('Saved', { timeout: 15_000 });
  const panel = await openTab(page, 'Process');
  await panel.getByLabel('Release into').selectOption({ label: draftTitle });
  await panel.getByRole('button', { name: 'Preview release' }).click();
  const preview = panel.getByTestId('release-preview');
  await expect(preview).toContainText(text);
  await expect(panel.getByTestId('release-preview-label')).toContainText(
    `Mediator's text v${expectedVersion} — released by Helena Marsh, mediation team`,
  );
  await panel.getByRole('button', { name: `Release as v${expectedVersion}` }).click();
  await expect(panel.getByRole('status').last()).toHaveText(`Released as Mediator's text v${expectedVersion}.`);
}

/** The mediator types at the start of the draft; every delegate sees it. */
async function mediatorEditReachesAll(page: Page, draftUrl: string, delegates: Watched[], token: string): Promise<void> {
  const editor = await openEditor(page, draftUrl);
  await editor.click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type(`${token} `);
  await expect(page.getByTestId('save-status')).toHaveText('Saved', { timeout: 15_000 });
  for (const d of delegates)
    await expect.poll(() => editorText(d.editor), { message: `${d.who} receives the mediator's edit`, timeout: 10_000 }).toContain(token);
}

async function docxText(request: APIRequestContext, documentId: string): Promise<string> {
  const res = await request.get(`/api/documents/${documentId}/export`);
  expect(res.status()).toBe(200);
  return unzipText(await res.body()).replace(/&apos;/g, "'");
}

// The two styles run on two workers at once when there are two (each worker has its own app, so the
// style each test sets on the demo negotiation is its own).
test.describe.configure({ mode: 'parallel' });

for (const style of ['formulative', 'power_based'] as Style[]) {
  test(`${style}: releases from the GOV bilateral channel and a restore break no delegate's editor; v2 replaces v1 in place`, async ({
    browser,
  }) => {
    test.setTimeout(300_000);
    const mediator = await openAs(browser, 'mediator');
    const mediatorErrors = watchConsole(mediator.page);
    const request = mediator.context.request;
    const negotiationId = await talksId(request);
    await setStyle(request, negotiationId, style);
    try {
      const draft = await freshDraft(request, negotiationId, `Shuttle ${style}`);
      const overview = (await (await request.get(`/api/negotiations/${negotiationId}`)).json()) as {
        parties: { id: string; shortName: string }[];
      };
      const gov = overview.parties.find((p) => p.shortName === 'GOV')!;
      const channelRes = await request.post(`/api/negotiations/${negotiationId}/bilateral`, { data: { partyId: gov.id } });
      expect([200, 201]).toContain(channelRes.status());
      const channelUrl = `/negotiations/${negotiationId}/documents/${((await channelRes.json()) as { document: { id: string } }).document.id}`;

      // The mediator opens the draft with one article of its own.
      const draftEditor = await openEditor(mediator.page, draft.url);
      await draftEditor.click();
      await mediator.page.keyboard.type('Article 1. The parties cease hostilities.');
      await expect(mediator.page.getByTestId('save-status')).toHaveText('Saved', { timeout: 15_000 });

      const delegates = [await watchDelegate(browser, 'govLead', draft.url), await watchDelegate(browser, 'apmLead', draft.url)];

      const v1 = 'Formula: forces withdraw 20 km within 60 days.';
      await releaseFromChannel(mediator.page, channelUrl, draft.title, v1, 1);
      for (const d of delegates) await expect.poll(() => editorText(d.editor), { timeout: 10_000 }).toContain(v1);
      await expectQuiet(delegates);
      await mediatorEditReachesAll(mediator.page, draft.url, delegates, 'After-v1');

      const v2 = 'Formula: forces withdraw 15 km within 45 days, verified by monitors.';
      await releaseFromChannel(mediator.page, channelUrl, draft.title, v2, 2);
      for (const d of delegates) await expect.poll(() => editorText(d.editor), { timeout: 10_000 }).toContain(v2);
      await expectQuiet(delegates);
      await mediatorEditReachesAll(mediator.page, draft.url, delegates, 'After-v2');

      // v2 replaced v1 in place, says so, names the mediator; no stray empty paragraphs.
      for (const d of delegates) {
        const blocks = d.editor.locator('[data-clause-block]');
        await expect(blocks).toHaveCount(1);
        await expect(blocks.locator('.clause-provenance')).toHaveText(
          /^Mediator's text v2 — released by Helena Marsh, mediation team, \d{1,2} \w{3} \d{4} · replaces v1$/,
        );
        expect(await editorText(d.editor)).not.toContain(v1);
        expect(await d.editor.locator(':scope > p:empty, :scope > p:has(> br.ProseMirror-trailingBreak:only-child)').count()).toBe(0);
        await expect(d.editor).not.toContainText('Library');
      }
      const docx = await docxText(request, draft.id);
      expect(docx).toMatch(/Mediator's text v2 — released by Helena Marsh, mediation team, \d{1,2} \w{3} \d{4} · replaces v1/);
      expect(docx).not.toMatch(/library/i);
      expect(docx).not.toContain(v1);

      // A delegate opening the draft afresh can suggest a change inside the released text.
      const fresh = await openAs(browser, 'apmMember');
      const freshErrors = watchConsole(fresh.page);
      const freshEditor = await openEditor(fresh.page, draft.url);
      await freshEditor.getByText(v2).click();
      await moveCaret(fresh.page, 'End');
      await fresh.page.keyboard.type(' APM-PROPOSAL');
      await expect(fresh.page.getByTestId('save-status')).toHaveText('Saved', { timeout: 15_000 });
      await expect(fresh.page.getByTestId('edit-refused-notice')).toHaveCount(0);
      await expect.poll(() => editorText(delegates[0]!.editor), { timeout: 10_000 }).toContain('APM-PROPOSAL');
      expect(appErrors(freshErrors)).toEqual([]);
      await fresh.context.close();

      // A restore is server-made too: back to version 1 (the draft with v1), nobody breaks.
      const { versions } = (await (await request.get(`/api/documents/${draft.id}/versions`)).json()) as {
        versions: { id: string; number: number }[];
      };
      const first = versions.find((v) => v.number === 1)!;
      const restored = await request.post(`/api/documents/${draft.id}/versions/${first.id}/restore`, { data: {} });
      expect(restored.status(), await restored.text()).toBeLessThan(300);
      for (const d of delegates) await expect.poll(() => editorText(d.editor), { timeout: 10_000 }).toContain(v1);
      await expectQuiet(delegates);
      await mediatorEditReachesAll(mediator.page, draft.url, delegates, 'After-restore');
      expect(appErrors(mediatorErrors)).toEqual([]);
    } finally {
      await setStyle(request, negotiationId, 'facilitative');
    }
  });
}
