import type { APIRequestContext } from '@playwright/test';
import * as Y from 'yjs';
import { BASE_URL } from '../../playwright.config';
import { demoChapter, writeBlocks } from './craft-helpers';
import { ACCOUNTS, expect, signInOverHttp, test, type AccountKey } from './fixtures';

test('clause status, comments and the audit trail over HTTP', async ({ playwright }) => {
  const as = {} as Record<AccountKey, APIRequestContext>;
  for (const who of ['govLead', 'apmLead', 'mediator', 'observer', 'outsider'] as const) {
    as[who] = await playwright.request.newContext({ baseURL: BASE_URL });
    await signInOverHttp(as[who], ACCOUNTS[who]);
  }
  const { talksId, chapterId } = await demoChapter(as.govLead);
  const talks = { id: talksId };
  const chapter = { id: chapterId };
  const statusUrl = `/api/documents/${chapter.id}/status`;

  const writer = await writeBlocks(as.govLead, chapter.id, [
    { uid: 'e2e-1', text: 'Forces withdraw to cantonment sites within 30 days.' },
    { uid: 'e2e-2', text: 'Heavy weapons are stored under joint verification.' },
  ]);
  // Wait for these two blocks (the chapter may already hold text from other specs).
  const keys = async () => ((await (await as.observer.get(statusUrl)).json()).clauses ?? []).map((c: { clauseKey: string }) => c.clauseKey);
  await expect.poll(keys, { timeout: 15_000 }).toEqual(expect.arrayContaining(['e2e-1', 'e2e-2']));

  // Status: authorization and transitions.
  expect((await as.govLead.post(statusUrl, { data: { clauseKey: 'e2e-1', action: 'confirm' } })).status()).toBe(400);
  expect((await as.observer.post(statusUrl, { data: { clauseKey: 'e2e-1', action: 'set', status: 'parked' } })).status()).toBe(403);
  expect((await as.mediator.post(statusUrl, { data: { clauseKey: 'e2e-1', action: 'ad_ref' } })).status()).toBe(403);
  expect((await as.govLead.post(statusUrl, { data: { clauseKey: 'missing', action: 'ad_ref' } })).status()).toBe(404);
  expect((await as.outsider.get(statusUrl)).status()).toBe(404);
  expect((await as.govLead.post(statusUrl, { data: { clauseKey: 'e2e-1', action: 'ad_ref' } })).status()).toBe(200);
  const res = await as.apmLead.post(statusUrl, { data: { clauseKey: 'e2e-1', action: 'ad_ref' } });
  expect(res.status()).toBe(200);
  const { board, version } = await res.json();
  expect(version.name).toMatch(/^Auto: APM agreed/);
  expect(board.clauses.find((c: { clauseKey: string }) => c.clauseKey === 'e2e-1').status).toBe('agreed_ad_ref');
  expect(board.package.provisional).toBe(true);
  expect((await as.mediator.post(statusUrl, { data: { clauseKey: 'e2e-2', action: 'set', status: 'parked' } })).status()).toBe(200);

  // Comments: an observer comments on a passage; anchors are Yjs relative positions.
  const block = writer.doc
    .getXmlFragment('default')
    .toArray()
    .find((el) => el instanceof Y.XmlElement && el.getAttribute('uid') === 'e2e-1') as Y.XmlElement;
  const text = block.get(0) as Y.XmlText;
  const at = text.toString().indexOf('within 30 days');
  const b64 = (i: number) => Buffer.from(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, i))).toString('base64');
  const commentsUrl = `/api/documents/${chapter.id}/comments`;
  const created = await as.observer.post(commentsUrl, {
    data: { body: 'Is 30 days realistic?', anchor: { from: b64(at), to: b64(at + 14), quote: 'within 30 days' } },
  });
  expect(created.status()).toBe(201);
  const { comment } = await created.json();
  expect(
    (await as.mediator.post(`/api/comments/${comment.id}/replies`, { data: { body: 'The ceasefire commission thinks so.' } })).status(),
  ).toBe(201);
  expect((await as.govLead.patch(`/api/comments/${comment.id}`, { data: { resolved: true } })).status()).toBe(200);
  expect((await as.observer.post(commentsUrl, { data: { body: 'x', anchor: { from: 'nope', to: 'nope', quote: '' } } })).status()).toBe(
    400,
  );
  expect((await as.outsider.get(commentsUrl)).status()).toBe(404);
  const list = await (await as.apmLead.get(commentsUrl)).json();
  expect(list.threads[0]).toMatchObject({
    body: 'Is 30 days realistic?',
    anchor: { quote: 'within 30 days' },
    replies: [{ body: 'The ceasefire commission thinks so.' }],
  });
  expect(list.threads[0].resolvedAt).not.toBeNull();

  // Audit trail: filters, and roles without audit.read.
  const audit = await (await as.mediator.get(`/api/negotiations/${talks.id}/audit?action=status`)).json();
  expect(audit.events.map((e: { action: string }) => e.action)).toEqual(['status.set', 'status.ad_ref', 'status.ad_ref']);
  expect((await as.observer.get(`/api/negotiations/${talks.id}/audit`)).status()).toBe(403);
  const edits = await (await as.mediator.get(`/api/negotiations/${talks.id}/audit?action=document.edit`)).json();
  expect(edits.events[0].summary).toMatch(/^edited “Chapter III – Security Arrangements” \(\d+ changes?\)$/);
  expect(await (await as.mediator.get(`/negotiations/${talks.id}/audit?action=comment`)).text()).toContain('resolved a comment thread');
  expect(await (await as.observer.get(`/negotiations/${talks.id}/audit`)).text()).toContain('The activity log is not available to you');

  writer.close();
  for (const ctx of Object.values(as)) await ctx.dispose();
});
