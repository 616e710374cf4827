import { and, eq } from 'drizzle-orm';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { auditEvents, clausePartyPositions, docUpdates, memberships, notifications, type DocumentRow } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { changeClauseStatus } from '@/lib/status/change-clause-status';
import { getNegotiationPackage } from '@/lib/status/get-package-state';
import { getStatusBoard } from '@/lib/status/get-status-board';
import { clauseDoc, storeDoc } from '../support/clause-doc';
import { demoIds } from '../support/demo-ids';
import { openTestDatabase, TEST_DRIVER } from '../support/test-db';

/**
 * Issue #22: an agreement binds to the exact text. Edits are stored the way the collaboration
 * server stores them (an update row per edit), then the board is read as a member would.
 */
let db: Db;
let close: () => Promise<void>;
let chapter: DocumentRow;
let ids: Awaited<ReturnType<typeof demoIds>>;
let doc: Y.Doc;
const AGREED = 'Reports are made monthly to the Joint Commission.';
const as = (who: string) => ids.user(`${who}@pactum.test`);
const act = (who: string, clauseKey: string, action: 'ad_ref' | 'confirm' | 'withdraw', textHash?: string) =>
  changeClauseStatus(db, as(who), chapter.id, { clauseKey, action, textHash });
const clause = async (key: string, who = 'mediator') =>
  (await getStatusBoard(db, as(who), chapter.id)).clauses.find((c) => c.clauseKey === key)!;
const reopenEvents = () =>
  db.select().from(auditEvents).where(eq(auditEvents.action, 'status.changed_after_agreement')).orderBy(auditEvents.id);

/** The paragraph text of block `i` of the test document. */
const textOf = (i: number) => (doc.getXmlFragment('default').get(i) as Y.XmlElement).get(0) as Y.XmlText;

/** Applies `change` to the test document and stores it as one edit by `who`. */
async function edit(who: string, change: () => void) {
  const before = Y.encodeStateVector(doc);
  doc.transact(change);
  await db.insert(docUpdates).values({ documentId: chapter.id, update: Y.encodeStateAsUpdate(doc, before), userId: as(who) });
}

async function agreeByBoth(key: string) {
  for (const who of ['gov.lead', 'apm.lead']) {
    await act(who, key, 'ad_ref');
    await act(who, key, 'confirm');
  }
}

beforeAll(async () => {
  ({ db, close } = await openTestDatabase({ seeded: true }));
  await seedDemo(db);
  ids = await demoIds(db);
  chapter = ids.doc('Chapter III');
  doc = clauseDoc([
    { uid: 'h1', type: 'heading', text: 'Article 4 – Verification' },
    { uid: 'c1', text: AGREED },
    { uid: 'c2', text: 'The Commission meets in the capital.' },
    { uid: 'c3', text: 'Each Party names three members.' },
  ]);
  await storeDoc(db, chapter.id, doc, as('mediator'));
});
afterAll(async () => close?.());

describe(`agreement bound to the exact text on ${TEST_DRIVER}`, () => {
  it('stores the hash and text each party agreed to', async () => {
    await agreeByBoth('c1');
    const c1 = await clause('c1');
    expect(c1.status).toBe('agreed');
    const rows = await db
      .select()
      .from(clausePartyPositions)
      .where(and(eq(clausePartyPositions.documentId, chapter.id), eq(clausePartyPositions.clauseKey, 'c1')));
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(r).toMatchObject({ position: 'confirmed', agreedHash: c1.textHash, agreedText: AGREED, changedAt: null });
  });

  it('keeps the agreement through formatting-only changes (bold, italic, spacing)', async () => {
    await edit('mediator', () => {
      textOf(1).format(17, 7, { bold: {} });
      textOf(1).insert(AGREED.length, '  ');
    });
    expect((await clause('c1')).status).toBe('agreed');
    expect(await reopenEvents()).toHaveLength(0);
  });

  it('reopens the clause when its words change, records it once, and notifies the parties that had agreed', async () => {
    await edit('mediator', () => {
      textOf(1).delete(17, 7);
      textOf(1).insert(17, 'annually');
    });
    const c1 = await clause('c1', 'observer');
    expect(c1.status).toBe('changed');
    expect(c1.positions.map((p) => [p.shortName, p.position, p.changedFrom])).toEqual([
      ['GOV', null, 'confirmed'],
      ['APM', null, 'confirmed'],
    ]);
    expect(c1.changed?.agreedText).toBe(AGREED);
    expect(c1.changed?.parts.filter((p) => p.op !== 'equal').map((p) => [p.op, p.text])).toEqual([
      ['delete', 'monthly'],
      ['insert', 'annually'],
    ]);
    // Reading the board again (as anyone) records nothing more.
    await clause('c1', 'gov.lead');
    const events = await reopenEvents();
    expect(events).toHaveLength(1);
    expect(events[0]!.actorId).toBe(as('mediator')); // the stored edit's author
    expect(events[0]!.details).toMatchObject({
      clauseKey: 'c1',
      documentId: chapter.id,
      removed: false,
      agreedText: AGREED,
      parties: [
        { shortName: 'GOV', position: 'confirmed' },
        { shortName: 'APM', position: 'confirmed' },
      ],
    });
    const delegates = await db
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(eq(memberships.negotiationId, chapter.negotiationId));
    const notified = new Set(
      (await db.select().from(notifications).where(eq(notifications.kind, 'status.changed_after_agreement'))).map((n) => n.userId),
    );
    expect([...notified].sort()).toEqual([as('gov.lead'), as('gov.member'), as('apm.lead'), as('apm.member')].sort());
    expect(delegates.length).toBeGreaterThan(notified.size); // mediators, guarantor, observer: not parties to it
    const pkg = await getNegotiationPackage(db, chapter.negotiationId);
    expect(pkg.provisional).toBe(true);
    expect(pkg.open.find((o) => o.clauseKey === 'c1')).toMatchObject({ status: 'changed', partiesNotAgreed: ['GOV', 'APM'] });
  });

  it('stays reopened when the words are changed back: the parties must look again', async () => {
    await edit('mediator', () => {
      textOf(1).delete(17, 8);
      textOf(1).insert(17, 'monthly');
    });
    expect((await clause('c1')).status).toBe('changed');
    expect(await reopenEvents()).toHaveLength(1);
  });

  it('re-binds when each party confirms the text as it now stands', async () => {
    const now = await clause('c1', 'gov.lead');
    await expect(act('gov.lead', 'c1', 'confirm', 'stale-hash')).rejects.toMatchObject({ status: 409 });
    await act('gov.lead', 'c1', 'confirm', now.textHash);
    let c1 = await clause('c1');
    expect(c1.status).toBe('changed'); // APM's agreement is still to the earlier wording
    expect(c1.positions.map((p) => [p.shortName, p.position, p.changedFrom])).toEqual([
      ['GOV', 'confirmed', null],
      ['APM', null, 'confirmed'],
    ]);
    await act('apm.lead', 'c1', 'confirm', now.textHash);
    c1 = await clause('c1');
    expect(c1.status).toBe('agreed');
    expect(c1.changed).toBeNull();
    const events = await db.select().from(auditEvents).where(eq(auditEvents.action, 'status.confirm')).orderBy(auditEvents.id);
    expect(events.at(-1)!.details).toMatchObject({ partyShortName: 'APM', rebound: true, textHash: now.textHash });
  });

  it('refuses agreement to a clause that holds brackets or a pending suggestion, and a party that only agreed ad ref re-agrees first', async () => {
    await edit('gov.lead', () => textOf(2).format(4, 10, { bracket: { partyId: ids.party('GOV'), partyShort: 'GOV' } }));
    await expect(act('apm.lead', 'c2', 'ad_ref')).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/brackets/) });
    await edit('mediator', () => textOf(3).insert(0, 'Meanwhile ', { insertion: { id: `s:${as('apm.lead')}:${ids.party('APM')}:1` } }));
    await expect(act('gov.lead', 'c3', 'ad_ref')).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/suggestions/) });
    await edit('mediator', () => textOf(3).delete(0, 'Meanwhile '.length));
    await act('gov.lead', 'c3', 'ad_ref');
    await edit('mediator', () => textOf(3).insert(0, 'Together, '));
    await expect(act('gov.lead', 'c3', 'confirm')).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/new wording/) });
    await act('gov.lead', 'c3', 'ad_ref');
    expect((await clause('c3')).positions.find((p) => p.shortName === 'GOV')).toMatchObject({ position: 'ad_ref', changedFrom: null });
  });

  it('reopens an agreed clause that is bracketed afterwards, and records a removed clause', async () => {
    await edit('apm.lead', () => textOf(1).format(0, 7, { bracket: { partyId: ids.party('APM'), partyShort: 'APM' } }));
    expect((await clause('c1')).status).toBe('changed');
    expect(await reopenEvents()).toHaveLength(3); // c3 (GOV ad ref, reworded) and now c1 again
    await agreeByBoth('c2').catch(() => undefined); // bracketed: refused, nothing to reopen
    await act('apm.lead', 'c3', 'ad_ref');
    await edit('mediator', () => doc.getXmlFragment('default').delete(3, 1));
    await getStatusBoard(db, as('observer'), chapter.id);
    const removed = (await reopenEvents()).at(-1)!;
    expect(removed.details).toMatchObject({ clauseKey: 'c3', removed: true });
  });
});
