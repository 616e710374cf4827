import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { docUpdates } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { listEvents } from '@/lib/audit/list-events';
import { createThread } from '@/lib/comments/create-thread';
import { setResolved } from '@/lib/comments/set-resolved';
import { changeClauseStatus } from '@/lib/status/change-clause-status';
import { clauseDoc, storeDoc } from '../support/clause-doc';
import { demoIds } from '../support/demo-ids';
import { openTestDatabase, TEST_DRIVER } from '../support/test-db';

let db: Db;
let close: () => Promise<void>;
let ids: Awaited<ReturnType<typeof demoIds>>;
let talksId: string;
const as = (who: string) => ids.user(`${who}@pactum.test`);

beforeAll(async () => {
  ({ db, close } = await openTestDatabase({ seeded: true }));
  await seedDemo(db);
  ids = await demoIds(db);
  const chapter = ids.doc('Chapter III');
  talksId = chapter.negotiationId;
  const doc = clauseDoc([{ uid: 'c1', text: 'Forces withdraw within 30 days.' }]);
  await storeDoc(db, chapter.id, doc, as('gov.lead'));
  for (let i = 0; i < 3; i++) {
    const before = Y.encodeStateVector(doc);
    ((doc.getXmlFragment('default').get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'x');
    await db.insert(docUpdates).values({ documentId: chapter.id, update: Y.encodeStateAsUpdate(doc, before), userId: as('apm.lead') });
  }
  const caucus = ids.doc('GOV caucus');
  await storeDoc(db, caucus.id, clauseDoc([{ uid: 'n1', text: 'Private: our fallback is 60 days.' }]), as('gov.member'));
  await createThread(db, as('gov.member'), caucus.id, { body: 'Fallback ready?', anchor: null, mentions: [] });
  await changeClauseStatus(db, as('gov.lead'), chapter.id, { clauseKey: 'c1', action: 'ad_ref' });
  const root = await createThread(db, as('observer'), chapter.id, { body: 'Why 30?', anchor: null, mentions: [] });
  await setResolved(db, as('mediator'), root.id, true);
});
afterAll(async () => close?.());

describe(`audit trail on ${TEST_DRIVER}`, () => {
  it('describes status, comment, version and aggregated edit activity in plain language', async () => {
    const events = await listEvents(db, as('mediator'), talksId, 50);
    const lines = events.map((e) => `${e.actorName} ${e.summary}`);
    expect(lines).toContain(
      'Daniel Okoro agreed ad ref to ‘xxxForces withdraw within 30 days.’ in “Chapter III – Security Arrangements” for GOV',
    );
    expect(lines).toContain('Kwame Mensah commented on “Chapter III – Security Arrangements”');
    expect(lines).toContain('Helena Marsh resolved a comment thread on “Chapter III – Security Arrangements”');
    expect(lines).toContain('Samir Haddad edited “Chapter III – Security Arrangements” (3 changes)');
    expect(lines).toContain('Daniel Okoro edited “Chapter III – Security Arrangements” (1 change)');
    expect(lines.some((l) => /saved version 1 “Auto: GOV agreed/.test(l))).toBe(true);
    expect(lines.join('\n')).not.toMatch(/caucus|Fallback|Ruth Abeyta (edited|commented)/);
  });

  it('shows a caucus’s activity to its own delegation only', async () => {
    const gov = (await listEvents(db, as('gov.member'), talksId, 50)).map((e) => `${e.actorName} ${e.summary}`);
    expect(gov).toContain('Ruth Abeyta commented on “GOV caucus notes”');
    expect(gov).toContain('Ruth Abeyta edited “GOV caucus notes” (1 change)');
    const apm = (await listEvents(db, as('apm.member'), talksId, 50)).map((e) => `${e.actorName} ${e.summary}`);
    expect(apm.join('\n')).not.toMatch(/Ruth Abeyta (edited|commented)/);
    const filtered = await listEvents(db, as('apm.member'), talksId, 50, { document: ids.doc('GOV caucus').id });
    expect(filtered).toEqual([]);
  });

  it('filters by action prefix, actor, document and time', async () => {
    const chapter = ids.doc('Chapter III').id;
    const status = await listEvents(db, as('guarantor'), talksId, 50, { action: 'status' });
    expect(status.map((e) => e.action)).toEqual(['status.ad_ref']);
    expect((await listEvents(db, as('guarantor'), talksId, 50, { action: 'comment.' })).map((e) => e.action)).toEqual([
      'comment.resolve',
      'comment.create',
    ]);
    const byApm = await listEvents(db, as('guarantor'), talksId, 50, { actor: as('apm.lead') });
    expect(byApm.map((e) => e.action)).toEqual(['document.edit']);
    const onChapter = await listEvents(db, as('guarantor'), talksId, 50, { document: chapter });
    expect(onChapter.every((e) => e.documentId === chapter)).toBe(true);
    expect(onChapter.length).toBeGreaterThanOrEqual(6);
    expect(await listEvents(db, as('guarantor'), talksId, 50, { since: new Date(Date.now() + 60_000) })).toEqual([]);
    await expect(listEvents(db, as('guarantor'), talksId, 50, { actor: 'nope' })).rejects.toThrow();
    await expect(listEvents(db, as('observer'), talksId, 50)).rejects.toMatchObject({ status: 403 });
    await expect(listEvents(db, as('outsider'), talksId, 50)).rejects.toMatchObject({ status: 404 });
  });
});
