import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Db } from '@/db/client';
import { docUpdates } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { exportDocx, PackageOpenError } from '@/lib/export/export-document';
import { getPrintView } from '@/lib/export/print-view';
import { listNotifications } from '@/lib/notifications/list-notifications';
import { markNotificationsRead } from '@/lib/notifications/mark-read';
import { changeClauseStatus } from '@/lib/status/change-clause-status';
import { getStatusBoard } from '@/lib/status/get-status-board';
import { createVersion } from '@/lib/versions/versions';
import { clauseDoc, storeDoc } from '../support/clause-doc';
import { demoIds } from '../support/demo-ids';
import { openTestDatabase, TEST_DRIVER } from '../support/test-db';

/** Issue #22: a clean text only once the whole package (every shared document) is agreed; notices are private. */
let db: Db;
let close: () => Promise<void>;
let ids: Awaited<ReturnType<typeof demoIds>>;
let chapterDoc: Y.Doc;
const as = (who: string) => ids.user(`${who}@pactum.test`);
const documentXml = (buffer: Buffer) => strFromU8(unzipSync(new Uint8Array(buffer))['word/document.xml']!);

async function agree(documentId: string, clauseKey: string) {
  for (const who of ['gov.lead', 'apm.lead']) {
    await changeClauseStatus(db, as(who), documentId, { clauseKey, action: 'ad_ref' });
    await changeClauseStatus(db, as(who), documentId, { clauseKey, action: 'confirm' });
  }
}

beforeAll(async () => {
  ({ db, close } = await openTestDatabase({ seeded: true }));
  await seedDemo(db);
  ids = await demoIds(db);
  chapterDoc = clauseDoc([
    { uid: 'h', type: 'heading', text: 'Article 1' },
    { uid: 'c1', text: '1.1 Forces withdraw within 30 days.' },
  ]);
  await storeDoc(db, ids.doc('Chapter III').id, chapterDoc, as('mediator'));
  await storeDoc(db, ids.doc('Annex A').id, clauseDoc([{ uid: 'a1', text: 'A.1 Monitors may visit any site.' }]), as('mediator'));
});
afterAll(async () => close?.());

describe(`clean export and the package on ${TEST_DRIVER}`, () => {
  it('refuses a clean text while another chapter is open, naming what is open', async () => {
    const chapter = ids.doc('Chapter III');
    await agree(chapter.id, 'c1');
    const refused = await exportDocx(db, as('gov.lead'), chapter.id, { clean: '1' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PackageOpenError);
    expect(refused).toMatchObject({
      status: 409,
      open: [{ documentTitle: ids.doc('Annex A').title, clauseKey: 'a1', status: 'proposed' }],
    });
    expect((refused as Error).message).toContain('‘A.1 Monitors may visit any site.’ (proposed)');
    // The working draft is fine, and says it is a draft.
    const { buffer } = await exportDocx(db, as('gov.lead'), chapter.id, {});
    expect(documentXml(buffer)).toContain('Draft — not agreed');
  });

  it('prints the text the export holds, with its label and package line, to those who may export it', async () => {
    const chapter = ids.doc('Chapter III');
    const print = await getPrintView(db, as('gov.lead'), chapter.id);
    expect(print).toMatchObject({
      documentTitle: chapter.title,
      provisional: true,
      marks: { brackets: 0, suggestions: 0, alternatives: 0 },
    });
    expect(print.label).toMatch(/^Current draft/);
    expect(JSON.stringify(print.doc)).toContain('1.1 Forces withdraw within 30 days.');
    expect(print.packageLine).toMatch(/^Package provisional — \d of 2 provisions agreed/);
    expect(print.parties.map((p) => p.shortName)).toEqual(expect.arrayContaining(['GOV', 'APM']));
    await expect(getPrintView(db, as('observer'), chapter.id)).rejects.toMatchObject({ status: 403 });
    await expect(getPrintView(db, as('outsider'), chapter.id)).rejects.toMatchObject({ status: 404 });
    await expect(getPrintView(db, as('gov.lead'), ids.doc('APM caucus').id)).rejects.toMatchObject({ status: 404 });
  });

  it('makes a clean text of the current shared draft once every provision is agreed, and of nothing else', async () => {
    const chapter = ids.doc('Chapter III');
    await agree(ids.doc('Annex A').id, 'a1');
    expect((await getStatusBoard(db, as('observer'), chapter.id)).package).toMatchObject({ provisional: false, agreed: 2, total: 2 });
    const { buffer, filename } = await exportDocx(db, as('apm.lead'), chapter.id, { clean: '1' });
    const xml = documentXml(buffer);
    expect(xml).toContain('1.1 Forces withdraw within 30 days.');
    expect(xml).not.toMatch(/Draft — not agreed|Legend/);
    expect(filename).toMatch(/-clean\.docx$/);
    const version = await createVersion(db, { document: chapter, name: 'Agreed text', userId: as('mediator') });
    await expect(exportDocx(db, as('apm.lead'), chapter.id, { clean: '1', version: version.id })).rejects.toMatchObject({ status: 409 });
    await expect(exportDocx(db, as('gov.lead'), ids.doc('GOV caucus').id, { clean: '1' })).rejects.toMatchObject({ status: 409 });
    await expect(exportDocx(db, as('observer'), chapter.id, {})).rejects.toMatchObject({ status: 403 });
    await expect(exportDocx(db, as('outsider'), chapter.id, {})).rejects.toMatchObject({ status: 404 });
    await expect(exportDocx(db, as('gov.lead'), chapter.id, { suggestions: 'plain' })).rejects.toThrow();
  });

  it('keeps each person’s notices to themselves', async () => {
    // A change after agreement notifies GOV's and APM's members only.
    const chapter = ids.doc('Chapter III');
    const before = Y.encodeStateVector(chapterDoc);
    ((chapterDoc.getXmlFragment('default').get(1) as Y.XmlElement).get(0) as Y.XmlText).insert(25, 'no more than ');
    await db
      .insert(docUpdates)
      .values({ documentId: chapter.id, update: Y.encodeStateAsUpdate(chapterDoc, before), userId: as('mediator') });
    const board = await getStatusBoard(db, as('observer'), chapter.id);
    expect(board.package?.provisional).toBe(true);
    const gov = await listNotifications(db, as('gov.member'));
    expect(gov.unread).toBeGreaterThan(0);
    expect((await listNotifications(db, as('observer'))).notifications).toEqual([]);
    // Someone else's notice ids mark nothing.
    expect(await markNotificationsRead(db, as('apm.lead'), { ids: gov.notifications.map((n) => n.id) })).toBe(0);
    expect((await listNotifications(db, as('gov.member'))).unread).toBe(gov.unread);
    expect(await markNotificationsRead(db, as('gov.member'), { all: true })).toBe(gov.unread);
    expect((await listNotifications(db, as('gov.member'))).unread).toBe(0);
  });
});
