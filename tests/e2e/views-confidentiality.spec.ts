import { randomBytes } from 'node:crypto';
import type { APIRequestContext, Page, Response } from '@playwright/test';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { unzipText } from '../support/unzip-text';
import { expect, openAs, test, watchConsole, type AccountKey } from './fixtures';
import { appErrors, moveCaret, openEditor, setStyle } from './editor-page';
import { seedNegotiation } from './negotiation-seed';
import { visibleDocuments } from './views-helpers';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Whether a body (text, or a DOCX archive) contains the marker. */
function contains(body: Buffer, marker: string, contentType = ''): boolean {
  if (body.toString('latin1').includes(marker) || body.toString('utf8').includes(marker)) return true;
  return contentType.startsWith(DOCX) && unzipText(body).includes(marker);
}

/**
 * Records everything a page receives: every websocket frame (searched as bytes, and replayed into
 * a Y.Doc per socket so text split across frames is found too) and every HTTP response body.
 */
class Recorder {
  readonly hits: string[] = [];
  frames = 0;
  responses = 0;
  get sockets(): number {
    return this.docs.length;
  }
  private readonly pending: Promise<void>[] = [];
  private readonly docs: { url: string; doc: Y.Doc }[] = [];

  constructor(private readonly marker: string) {}

  attach(page: Page): void {
    page.on('websocket', (ws) => {
      const doc = new Y.Doc();
      this.docs.push({ url: ws.url(), doc });
      ws.on('framereceived', ({ payload }) => {
        this.frames++;
        const bytes = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload;
        if (contains(bytes, this.marker)) this.hits.push(`websocket frame on ${ws.url()}`);
        try {
          const d = decoding.createDecoder(new Uint8Array(bytes));
          if (decoding.readVarUint(d) !== 0) return; // only y-protocols sync messages carry text
          if (decoding.readVarUint(d) === 0) return; // step 1: a state vector
          Y.applyUpdate(doc, decoding.readVarUint8Array(d));
        } catch {
          this.hits.push(`an undecodable frame on ${ws.url()}`);
        }
      });
    });
    page.on('response', (res) => this.pending.push(this.check(res)));
  }

  /** Checks one API answer fetched outside the page. */
  async checkApi(request: APIRequestContext, path: string): Promise<number> {
    const res = await request.get(path);
    this.responses++;
    if (contains(await res.body(), this.marker, res.headers()['content-type'])) this.hits.push(`GET ${path}`);
    return res.status();
  }

  private async check(res: Response): Promise<void> {
    let body: Buffer;
    try {
      body = await res.body();
    } catch {
      return; // redirects and aborted requests have no body
    }
    this.responses++;
    if (contains(body, this.marker, res.headers()['content-type'])) this.hits.push(`${res.request().method()} ${res.url()}`);
  }

  /** Waits for pending bodies, then searches the text every socket's document was given. */
  async settle(): Promise<string[]> {
    await Promise.all(this.pending);
    for (const { url, doc } of this.docs) {
      const text = [...doc.share.keys()].map((name) => doc.getXmlFragment(name).toString()).join('\n');
      if (text.includes(this.marker)) this.hits.push(`the document replayed from ${url}`);
    }
    return this.hits;
  }
}

/** Opens every page a member can reach and every JSON/DOCX answer they may fetch, recording what arrives. */
async function visitEverything(
  page: Page,
  request: APIRequestContext,
  recorder: Recorder,
  negotiationId: string,
  govCaucus: string,
  hiddenTitle = 'GOV caucus notes',
): Promise<number> {
  const docs = await visibleDocuments(request, negotiationId);
  expect(docs.has(hiddenTitle)).toBe(false);
  await page.goto('/negotiations');
  await page.goto(`/negotiations/${negotiationId}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const [title, id] of docs) {
    await openEditor(page, `/negotiations/${negotiationId}/documents/${id}`);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    // Hidden tab panels have loaded their data (comments, statuses, versions) by now; show each once.
    const tabs = page.getByRole('tablist', { name: 'Drafting tools' }).getByRole('tab');
    for (let i = 0; i < (await tabs.count()); i++) await tabs.nth(i).click();
    await page.goto(`/negotiations/${negotiationId}/documents/${id}/print`);
    await expect(page.locator('body')).not.toBeEmpty();
  }
  await page.goto(`/negotiations/${negotiationId}/audit`);
  // (Searching for the marker itself would echo it back: search for the words around it.)
  await page.goto('/clauses?q=fallback%20position');
  await expect(page.getByRole('heading', { level: 1, name: 'Clause library' })).toBeVisible();
  // The GOV caucus itself: the 404 page, and a socket the server refuses without sending anything.
  expect((await page.goto(`/negotiations/${negotiationId}/documents/${govCaucus}`))?.status()).toBe(404);
  await page.goto(`/negotiations/${negotiationId}`);
  const closeCode = await page.evaluate(async (id) => {
    const ws = new WebSocket(`${location.origin.replace('http', 'ws')}/collab/${id}`);
    ws.binaryType = 'arraybuffer';
    ws.onopen = () => ws.send(new Uint8Array([0, 0, 1, 0])); // sync step 1 with an empty state vector
    return new Promise<number>((resolve) => (ws.onclose = (e) => resolve(e.code)));
  }, govCaucus);
  expect(closeCode).toBe(4404);

  // Direct API calls: everything about the negotiation and each visible document, then the caucus by id.
  const n = `/api/negotiations/${negotiationId}`;
  const apis = [
    '/api/negotiations',
    n,
    `${n}/floor`,
    `${n}/ledger`,
    `${n}/audit`,
    `${n}/audit?action=version`,
    `${n}/audit?action=comment`,
    `${n}/audit?limit=200`,
    '/api/clauses?q=fallback%20position%2045%20days',
    '/api/clauses?q=fallback',
  ];
  for (const id of docs.values()) {
    const d = `/api/documents/${id}`;
    apis.push(
      d,
      `${d}/comments`,
      `${d}/status`,
      `${d}/attachments`,
      `${d}/export`,
      `${d}/export?clean=1`,
      `/api/clauses/permission?documentId=${id}`,
    );
    const res = await request.get(`${d}/versions`);
    const { versions } = (await res.json()) as { versions: { id: string }[] };
    apis.push(`${d}/versions`, ...versions.slice(0, 3).map((v) => `${d}/export?version=${v.id}`));
  }
  for (const path of apis) await recorder.checkApi(request, path);
  const c = `/api/documents/${govCaucus}`;
  for (const path of [
    c,
    `${c}/comments`,
    `${c}/status`,
    `${c}/attachments`,
    `${c}/versions`,
    `${c}/export`,
    `/api/clauses/permission?documentId=${govCaucus}`,
  ]) {
    const status = await recorder.checkApi(request, path);
    expect([403, 404], path).toContain(status);
  }
  // Filtering the activity by the caucus id answers like any unknown id: nothing (or 403 without audit.read).
  const filtered = await request.get(`${n}/audit?document=${govCaucus}`);
  if (filtered.status() === 200) expect((await filtered.json()).events).toEqual([]);
  else expect(filtered.status()).toBe(403);
  await recorder.checkApi(request, `${n}/audit?document=${govCaucus}`);
  return docs.size;
}

// Each test builds its own negotiation, so the two may run on two workers at once.
test.describe.configure({ mode: 'parallel' });

test('text typed in GOV’s caucus never reaches APM, the observer or the lead mediator, by page, socket or API', async ({ browser }) => {
  test.setTimeout(300_000);
  const marker = `CAUCUS-MARKER-${randomBytes(6).toString('hex')}`;
  // A negotiation of its own: the crawl below covers what this test made, not what other specs of
  // the worker left in the demo negotiation (which made it several times slower and order-dependent).
  const negotiationId = (await seedNegotiation(browser, 'Caucus confidentiality', ['govLead', 'govMember', 'apmLead', 'observer'])).id;
  const gov = await openAs(browser, 'govLead');
  const govCaucus = (await visibleDocuments(gov.context.request, negotiationId)).get('GOV caucus notes')!;
  const mediatorApi = (await openAs(browser, 'mediator')).context;
  await setStyle(mediatorApi.request, negotiationId, 'facilitative');

  // GOV writes the marker into its caucus in the browser, names a version after it, comments and exports.
  const caucusEditor = await openEditor(gov.page, `/negotiations/${negotiationId}/documents/${govCaucus}`);
  await caucusEditor.click();
  await moveCaret(gov.page, 'Control+End');
  await gov.page.keyboard.press('Enter');
  await gov.page.keyboard.type(`Fallback position ${marker}: accept 45 days if pressed.`);
  await expect(gov.page.getByTestId('save-status')).toHaveText('Saved', { timeout: 15_000 });
  expect((await gov.context.request.post(`/api/documents/${govCaucus}/versions`, { data: { name: `Fallback ${marker}` } })).status()).toBe(
    201,
  );
  expect(
    (await gov.context.request.post(`/api/documents/${govCaucus}/comments`, { data: { body: `Keep ${marker} to ourselves.` } })).status(),
  ).toBe(201);

  // Sanity: the detectors find the marker where it legitimately is — another GOV member's page and API.
  const govMember = await openAs(browser, 'govMember');
  const own = new Recorder(marker);
  own.attach(govMember.page);
  await openEditor(govMember.page, `/negotiations/${negotiationId}/documents/${govCaucus}`);
  await expect(govMember.page.locator('.ProseMirror')).toContainText(marker);
  await govMember.page.goto(`/negotiations/${negotiationId}/documents/${govCaucus}/print`);
  await own.checkApi(govMember.context.request, `/api/documents/${govCaucus}/export`);
  await own.checkApi(govMember.context.request, `/api/negotiations/${negotiationId}/audit?action=version`);
  const ownHits = await own.settle();
  expect(ownHits.some((h) => h.startsWith('websocket frame'))).toBe(true);
  expect(ownHits.some((h) => h.startsWith('the document replayed'))).toBe(true);
  expect(ownHits.some((h) => h.includes('/print'))).toBe(true);
  expect(ownHits).toContain(`GET /api/documents/${govCaucus}/export`);
  expect(ownHits).toContain(`GET /api/negotiations/${negotiationId}/audit?action=version`);
  await govMember.context.close();

  // Everyone outside GOV: nothing.
  for (const who of ['apmLead', 'observer', 'mediator'] as AccountKey[]) {
    const { context, page } = await openAs(browser, who);
    const errors = watchConsole(page);
    const recorder = new Recorder(marker);
    recorder.attach(page);
    const opened = await visitEverything(page, context.request, recorder, negotiationId, govCaucus);
    const hits = await recorder.settle();
    // One socket per document page plus the refused one, each of them heard from.
    expect(recorder.sockets, `${who}: sockets recorded`).toBeGreaterThanOrEqual(opened + 1);
    expect(recorder.frames, `${who}: frames recorded`).toBeGreaterThanOrEqual(2 * opened);
    expect(recorder.responses, `${who}: responses recorded`).toBeGreaterThan(30);
    expect(hits, `${who} received the caucus marker`).toEqual([]);
    expect(appErrors(errors), who).toEqual([]);
    await context.close();
  }
  await Promise.all([gov.context.close(), mediatorApi.close()]);
});

test('text typed in GOV’s bilateral channel with the mediation team never reaches APM, the observer or the guarantor, by page, socket or API', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const marker = `BILATERAL-MARKER-${randomBytes(6).toString('hex')}`;
  const negotiationId = (await seedNegotiation(browser, 'Bilateral confidentiality', ['govLead', 'apmLead', 'observer', 'guarantor'])).id;
  const mediator = await openAs(browser, 'mediator');
  await setStyle(mediator.context.request, negotiationId, 'formulative');
  try {
    const overview = (await (await mediator.context.request.get(`/api/negotiations/${negotiationId}`)).json()) as {
      parties: { id: string; shortName: string }[];
    };
    const gov = overview.parties.find((p) => p.shortName === 'GOV')!;
    const opened = await mediator.context.request.post(`/api/negotiations/${negotiationId}/bilateral`, { data: { partyId: gov.id } });
    expect([200, 201]).toContain(opened.status());
    const channel = ((await opened.json()) as { document: { id: string; title: string } }).document;
    // Only the lead mediator opens channels.
    const govLead = await openAs(browser, 'govLead');
    expect(
      (await govLead.context.request.post(`/api/negotiations/${negotiationId}/bilateral`, { data: { partyId: gov.id } })).status(),
    ).toBe(403);

    // GOV writes the marker into the channel, names a version after it and comments on it.
    const editor = await openEditor(govLead.page, `/negotiations/${negotiationId}/documents/${channel.id}`);
    await editor.click();
    await moveCaret(govLead.page, 'Control+End');
    await govLead.page.keyboard.press('Enter');
    await govLead.page.keyboard.type(`We could accept ${marker} if APM moves first.`);
    await expect(govLead.page.getByTestId('save-status')).toHaveText('Saved', { timeout: 15_000 });
    expect(
      (await mediator.context.request.post(`/api/documents/${channel.id}/versions`, { data: { name: `Channel ${marker}` } })).status(),
    ).toBe(201);
    expect(
      (await govLead.context.request.post(`/api/documents/${channel.id}/comments`, { data: { body: `Between us: ${marker}.` } })).status(),
    ).toBe(201);

    // Sanity: the mediation team sees it live (both sides of the channel).
    const own = new Recorder(marker);
    own.attach(mediator.page);
    await openEditor(mediator.page, `/negotiations/${negotiationId}/documents/${channel.id}`);
    await expect(mediator.page.locator('.ProseMirror')).toContainText(marker);
    await own.checkApi(mediator.context.request, `/api/documents/${channel.id}/export`);
    const ownHits = await own.settle();
    expect(ownHits.some((h) => h.startsWith('websocket frame'))).toBe(true);
    expect(ownHits).toContain(`GET /api/documents/${channel.id}/export`);

    for (const who of ['apmLead', 'observer', 'guarantor'] as AccountKey[]) {
      const { context, page } = await openAs(browser, who);
      const errors = watchConsole(page);
      const recorder = new Recorder(marker);
      recorder.attach(page);
      const seen = await visitEverything(page, context.request, recorder, negotiationId, channel.id, channel.title);
      const hits = await recorder.settle();
      expect(recorder.sockets, `${who}: sockets recorded`).toBeGreaterThanOrEqual(seen + 1);
      expect(recorder.responses, `${who}: responses recorded`).toBeGreaterThan(30);
      expect(hits, `${who} received the bilateral marker`).toEqual([]);
      expect(appErrors(errors), who).toEqual([]);
      await context.close();
    }
    await govLead.context.close();
  } finally {
    await setStyle(mediator.context.request, negotiationId, 'facilitative');
    await mediator.context.close();
  }
});
