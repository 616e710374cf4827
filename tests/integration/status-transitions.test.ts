import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { auditEvents, docUpdates, documentVersions, type DocumentRow } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { changeClauseStatus, zStatusChange } from '@/lib/status/change-clause-status';
import { getStatusBoard } from '@/lib/status/get-status-board';
import { clauseDoc, storeDoc } from '../support/clause-doc';
import { demoIds } from '../support/demo-ids';
import { openTestDatabase, TEST_DRIVER } from '../support/test-db';

let db: Db;
let close: () => Promise<void>;
let chapter: DocumentRow;
let ids: Awaited<ReturnType<typeof demoIds>>;
const as = (email: string) => ids.user(`${email}@pactum.test`);
const change = (who: string, clauseKey: string, action: string, status?: string) =>
  changeClauseStatus(db, as(who), chapter.id, zStatusChange.parse({ clauseKey, action, status }));
const statusOf = async (key: string, who = 'mediator') =>
  (await getStatusBoard(db, as(who), chapter.id)).clauses.find((c) => c.clauseKey === key)!;

beforeAll(async () => {
  ({ db, close } = await openTestDatabase({ seeded: true }));
  await seedDemo(db);
  ids = await demoIds(db);
  chapter = ids.doc('Chapter III');
  const doc = clauseDoc([
    { uid: 'h1', type: 'heading', text: 'Cantonment' },
    { uid: 'c1', text: 'Forces of both parties withdraw to the agreed cantonment sites within 30 days of signature.' },
    { uid: 'c2', text: 'Heavy weapons are stored in depots under joint verification.', bracket: { length: 13, partyId: ids.party('APM') } },
    { uid: 'c3', text: 'The Joint Commission meets every week.' },
    { uid: 'empty', text: '' },
  ]);
  await storeDoc(db, chapter.id, doc, as('mediator'));
});
afterAll(async () => close?.());

describe(`clause status on ${TEST_DRIVER}`, () => {
  it('lists provisions (not headings or empty paragraphs) with labels, bracket marks and derived statuses', async () => {
    const board = await getStatusBoard(db, as('observer'), chapter.id);
    expect(board.clauses.map((c) => [c.clauseKey, c.label, c.status])).toEqual([
      ['c1', 'Forces of both parties withdraw to the agreed cantonment si…', 'proposed'],
      ['c2', 'Heavy weapons are stored in depots under joint verification.', 'bracketed'],
      ['c3', 'The Joint Commission meets every week.', 'proposed'],
    ]);
    expect(board.counts).toMatchObject({ proposed: 2, bracketed: 1, agreed: 0 });
    expect(board.package).toMatchObject({ provisional: true, agreed: 0, total: 3 });
    expect(board.me).toEqual({ partyId: null, canSetPartyPosition: false, canSetProcedural: false });
  });

  it('walks ad ref → confirm per party, with withdraw, audit events and auto-versions', async () => {
    await expect(change('gov.lead', 'c1', 'confirm')).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/ad ref first/),
    });
    await change('gov.lead', 'c1', 'ad_ref');
    expect((await statusOf('c1')).status).toBe('partly_agreed');
    await expect(change('gov.lead', 'c1', 'ad_ref')).rejects.toMatchObject({ status: 400 });
    await change('apm.lead', 'c1', 'ad_ref');
    expect((await statusOf('c1')).status).toBe('agreed_ad_ref');
    await change('gov.lead', 'c1', 'confirm');
    expect((await statusOf('c1')).positions.map((p) => [p.shortName, p.position])).toEqual([
      ['GOV', 'confirmed'],
      ['APM', 'ad_ref'],
    ]);
    expect((await statusOf('c1')).status).toBe('agreed_ad_ref');
    const { version } = await change('apm.lead', 'c1', 'confirm');
    expect((await statusOf('c1')).status).toBe('agreed');
    expect(version).toMatchObject({
      reason: 'status-change',
      name: 'Auto: APM confirmed ‘Forces of both parties withdraw to the agreed cantonment si…’',
    });

    await change('apm.lead', 'c1', 'withdraw');
    expect((await statusOf('c1')).status).toBe('partly_agreed');
    await expect(change('apm.lead', 'c1', 'withdraw')).rejects.toMatchObject({ status: 400 });

    const events = await db.select().from(auditEvents).where(like(auditEvents.action, 'status.%')).orderBy(auditEvents.id);
    expect(events.map((e) => e.action)).toEqual(['status.ad_ref', 'status.ad_ref', 'status.confirm', 'status.confirm', 'status.withdraw']);
    expect(events[4]!.details).toMatchObject({
      documentId: chapter.id,
      clauseKey: 'c1',
      partyShortName: 'APM',
      from: 'confirmed',
      to: null,
    });
    const versions = await db.select().from(documentVersions).where(eq(documentVersions.documentId, chapter.id));
    expect(versions.filter((v) => v.reason === 'status-change')).toHaveLength(5);
  });

  it('lets only the lead mediator set procedural status; parked blocks agreement', async () => {
    for (const who of ['gov.lead', 'gov.member', 'expert', 'guarantor', 'observer']) {
      await expect(change(who, 'c2', 'set', 'parked')).rejects.toMatchObject({ status: 403 });
    }
    for (const who of ['mediator', 'gov.member', 'observer']) {
      await expect(change(who, 'c2', 'ad_ref')).rejects.toMatchObject({ status: 403 });
    }
    await expect(change('mediator', 'h1', 'set', 'parked')).rejects.toMatchObject({ status: 404 }); // a heading is not a provision
    await change('mediator', 'c3', 'set', 'parked');
    expect((await statusOf('c3')).status).toBe('parked');
    await expect(change('mediator', 'c3', 'set', 'parked')).rejects.toMatchObject({ status: 400 });
    await expect(change('gov.lead', 'c3', 'ad_ref')).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/parked/) });
    await change('mediator', 'c3', 'set', 'proposed');
    await change('mediator', 'c1', 'set', 'bracketed');
    expect((await statusOf('c1')).status).toBe('bracketed');
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'status.set')).orderBy(auditEvents.id);
    expect(event!.details).toMatchObject({ clauseKey: 'c3', from: 'proposed', to: 'parked' });
  });

  it('answers 404 for unknown clauses and outsiders, 409 on private notes', async () => {
    await expect(change('gov.lead', 'nope', 'ad_ref')).rejects.toMatchObject({
      status: 404,
      message: expect.stringMatching(/no such clause/),
    });
    await expect(change('outsider', 'c1', 'ad_ref')).rejects.toMatchObject({ status: 404 });
    await expect(getStatusBoard(db, as('outsider'), chapter.id)).rejects.toMatchObject({ status: 404 });
    const caucus = ids.doc('GOV caucus');
    await expect(getStatusBoard(db, as('apm.lead'), caucus.id)).rejects.toMatchObject({ status: 404 });
    await expect(changeClauseStatus(db, as('gov.lead'), caucus.id, { clauseKey: 'x', action: 'ad_ref' })).rejects.toMatchObject({
      status: 409,
    });
    expect(() => zStatusChange.parse({ clauseKey: 'c1', action: 'set' })).toThrow();
  });

  it('closes the package only when every provision of every shared document is confirmed by every party', async () => {
    await change('mediator', 'c1', 'set', 'proposed');
    await expect(change('apm.lead', 'c2', 'ad_ref')).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/brackets/) });
    // The mediator cleans APM's bracket: the stored text no longer holds one.
    const cleaned = clauseDoc([
      { uid: 'h1', type: 'heading', text: 'Cantonment' },
      { uid: 'c1', text: 'Forces of both parties withdraw to the agreed cantonment sites within 30 days of signature.' },
      { uid: 'c2', text: 'Heavy weapons are stored in depots under joint verification.' },
      { uid: 'c3', text: 'The Joint Commission meets every week.' },
    ]);
    await db.delete(docUpdates).where(eq(docUpdates.documentId, chapter.id));
    await storeDoc(db, chapter.id, cleaned, as('mediator'));
    for (const key of ['c1', 'c2', 'c3']) {
      for (const who of ['gov.lead', 'apm.lead']) {
        const current = (await statusOf(key)).positions.find((p) => p.shortName === who.slice(0, 3).toUpperCase())!.position;
        if (!current) await change(who, key, 'ad_ref');
        if (current !== 'confirmed') await change(who, key, 'confirm');
      }
      const board = await getStatusBoard(db, as('gov.lead'), chapter.id);
      if (key !== 'c3') expect(board.package!.provisional).toBe(true);
    }
    let board = await getStatusBoard(db, as('gov.lead'), chapter.id);
    // Annex A (another shared document of the negotiation) gets a provision nobody agreed: still provisional.
    expect(board.package).toMatchObject({ provisional: false, agreed: 3, total: 3, open: [] });
    const annex = ids.doc('Annex A');
    await storeDoc(db, annex.id, clauseDoc([{ uid: 'a1', text: 'Monitors may visit any site.' }]), as('mediator'));
    board = await getStatusBoard(db, as('gov.lead'), chapter.id);
    expect(board.package).toMatchObject({
      provisional: true,
      agreed: 3,
      total: 4,
      open: [{ documentId: annex.id, clauseKey: 'a1', status: 'proposed' }],
    });
    for (const who of ['gov.lead', 'apm.lead']) {
      await changeClauseStatus(db, as(who), annex.id, { clauseKey: 'a1', action: 'ad_ref' });
      await changeClauseStatus(db, as(who), annex.id, { clauseKey: 'a1', action: 'confirm' });
    }
    board = await getStatusBoard(db, as('gov.lead'), chapter.id);
    expect(board.package).toMatchObject({ provisional: false, agreed: 4, total: 4, open: [] });
    expect(board.me).toMatchObject({ partyId: ids.party('GOV'), canSetPartyPosition: true, canSetProcedural: false });
    await change('gov.lead', 'c2', 'withdraw');
    const reopened = await getStatusBoard(db, as('apm.lead'), annex.id);
    expect(reopened.package).toMatchObject({
      provisional: true,
      agreed: 3,
      open: [{ clauseKey: 'c2', status: 'partly_agreed', partiesNotAgreed: ['GOV'] }],
    });
  });
});
