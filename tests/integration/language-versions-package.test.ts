import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Db } from '@/db/client';
import { docUpdates } from '@/db/schema';
import { checkAlignment } from '@/lib/languages/check-alignment';
import { createLanguageVersion } from '@/lib/languages/create-language-version';
import { getLanguageVersions } from '@/lib/languages/get-language-versions';
import { markAligned } from '@/lib/languages/mark-aligned';
import { describePackage, getNegotiationPackage } from '@/lib/status/get-package-state';
import { getStatusBoard } from '@/lib/status/get-status-board';
import { unsafeLoadStoredState } from '@/lib/versions/load-stored-state';
import { clauseDoc, storeDoc } from '../support/clause-doc';
import { demoIds } from '../support/demo-ids';
import { agreeByBothLeads, rewriteProvision } from '../support/provisions';
import { openTestDatabase, TEST_DRIVER } from '../support/test-db';

/**
 * Issue #25: a provision is one provision across its language versions. The package counts it
 * once, waits for it in every authentic text and for every authentic text to be in step; a
 * working translation never holds it up, but its lag is reported.
 */
let db: Db;
let close: () => Promise<void>;
let ids: Awaited<ReturnType<typeof demoIds>>;
let arabicId: string;
let frenchId: string;
const as = (who: string) => ids.user(`${who}@pactum.test`);
const chapter = () => ids.doc('Chapter III');
const pkg = () => getNegotiationPackage(db, chapter().negotiationId);

const agree = (documentId: string, clauseKey: string) => agreeByBothLeads(db, [as('gov.lead'), as('apm.lead')], documentId, clauseKey);
const rewrite = (documentId: string, clauseKey: string, text: string) => rewriteProvision(db, documentId, clauseKey, text, as('gov.lead'));

/** Deletes a provision's paragraph from a stored text, as a saved edit would. */
async function removeProvision(documentId: string, clauseKey: string): Promise<void> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, await unsafeLoadStoredState(db, documentId));
  const before = Y.encodeStateVector(doc);
  const fragment = doc.getXmlFragment('default');
  const index = fragment.toArray().findIndex((b) => b instanceof Y.XmlElement && b.getAttribute('uid') === clauseKey);
  expect(index).toBeGreaterThanOrEqual(0);
  fragment.delete(index, 1);
  await db.insert(docUpdates).values({ documentId, update: Y.encodeStateAsUpdate(doc, before), userId: as('gov.lead') });
  doc.destroy();
}
/** Side by side: each provision's key with, per language, whether the text carries it. */
const sideBySide = async () =>
  (await getLanguageVersions(db, as('observer'), chapter().id)).rows.map((r) => [r.key, ...r.cells.map((c) => c.nodes !== null)]);

beforeAll(async () => {
  ({ db, close } = await openTestDatabase({ seeded: true }));
  ids = await demoIds(db);
  await storeDoc(
    db,
    chapter().id,
    clauseDoc([
      { uid: 'p1', text: '1. The Parties cease hostilities.' },
      { uid: 'p2', text: '2. Forces withdraw within 30 days.' },
    ]),
    as('mediator'),
  );
  await storeDoc(db, ids.doc('Annex A').id, clauseDoc([{ uid: 'a1', text: 'A.1 Monitors may visit any site.' }]), as('mediator'));
  for (const key of ['p1', 'p2']) await agree(chapter().id, key);
  await agree(ids.doc('Annex A').id, 'a1');
  expect(await pkg()).toMatchObject({ provisional: false, total: 3, agreed: 3 });
  arabicId = (await createLanguageVersion(db, as('mediator'), chapter().id, { language: 'ar', authentic: true })).id;
  frenchId = (await createLanguageVersion(db, as('mediator'), chapter().id, { language: 'fr', authentic: false })).id;
  await rewrite(arabicId, 'p1', '١. يوقف الطرفان الأعمال العدائية.');
  await rewrite(arabicId, 'p2', '٢. تنسحب القوات خلال ثلاثين يومًا.');
  await rewrite(frenchId, 'p1', '1. Les Parties cessent les hostilités.');
  await rewrite(frenchId, 'p2', '2. Les forces se retirent sous 30 jours.');
  for (const key of ['p1', 'p2']) {
    await markAligned(db, as('gov.lead'), arabicId, { clauseKey: key });
    await markAligned(db, as('gov.lead'), frenchId, { clauseKey: key });
  }
});
afterAll(async () => close?.());

describe(`the package over language versions on ${TEST_DRIVER}`, () => {
  it('counts a provision once across its language versions and waits for it in every authentic text, not in a working translation', async () => {
    const waiting = await pkg();
    // Three provisions (p1, p2, a1), whatever the number of languages they are written in.
    expect(waiting).toMatchObject({ provisional: true, total: 3, agreed: 1 });
    expect(waiting.documents.map((d) => [d.title.split(' ')[0], d.total, d.agreed])).toEqual([
      ['Chapter', 2, 0],
      ['Annex', 1, 1],
    ]);
    // Open: p1 and p2, once each, in the Arabic text; the French working translation is not asked for.
    expect(waiting.open.map((o) => [o.clauseKey, o.documentId, o.languages])).toEqual([
      ['p1', chapter().id, ['ar']],
      ['p2', chapter().id, ['ar']],
    ]);
    expect(describePackage(waiting)).toBe('Package provisional — 1 of 3 provisions agreed; open: Chapter III – Security Arrangements (2)');

    await agree(arabicId, 'p1');
    await agree(arabicId, 'p2');
    expect(await pkg()).toMatchObject({ provisional: false, total: 3, agreed: 3, open: [], outOfStep: [], translationsOutOfStep: [] });
  });

  it('an English change puts Arabic and French out of step: the Arabic holds the package, the French is only reported, by language', async () => {
    await rewrite(chapter().id, 'p2', '2. Forces withdraw within 45 days.');
    await checkAlignment(db, chapter());
    await agree(chapter().id, 'p2');
    const held = await pkg();
    expect(held).toMatchObject({ provisional: true, total: 3, agreed: 3, open: [] });
    expect(held.outOfStep.map((o) => [o.language, o.clauseKey, o.label])).toEqual([['ar', 'p2', '٢. تنسحب القوات خلال ثلاثين يومًا.']]);
    expect(held.translationsOutOfStep.map((o) => [o.language, o.clauseKey])).toEqual([['fr', 'p2']]);
    expect(describePackage(held)).toContain('1 provision of an authentic text out of step (Arabic)');

    await rewrite(arabicId, 'p2', '٢. تنسحب القوات خلال خمسة وأربعين يومًا.');
    await markAligned(db, as('gov.lead'), arabicId, { clauseKey: 'p2' });
    await agree(arabicId, 'p2');
    // Agreed, with the French translation still behind: said, not blocking.
    const agreed = await pkg();
    expect(agreed).toMatchObject({
      provisional: false,
      outOfStep: [],
      translationsOutOfStep: [{ documentId: frenchId, language: 'fr', clauseKey: 'p2', authentic: false }],
    });
    const board = await getStatusBoard(db, as('observer'), chapter().id);
    expect(board.package).toMatchObject({ provisional: false, translationsOutOfStep: [{ language: 'fr', clauseKey: 'p2' }] });
  });

  it('a working translation follows, it never leads: its edits put no authentic text out of step', async () => {
    await rewrite(frenchId, 'p2', '2. Les forces se retirent sous 45 jours.');
    await markAligned(db, as('gov.lead'), frenchId, { clauseKey: 'p2' });
    await rewrite(frenchId, 'p1', '1. Les Parties cessent toute hostilité.');
    const changed = await checkAlignment(db, { id: frenchId, versionOf: chapter().id });
    expect(changed.filter((c) => c.outOfStepSince !== null)).toEqual([]);
    expect(await pkg()).toMatchObject({ provisional: false, outOfStep: [], translationsOutOfStep: [] });
  });

  it('a provision missing from an authentic text holds the package; missing from a working translation it is only shown', async () => {
    expect(await pkg()).toMatchObject({ provisional: false });
    // Columns: English (original), Arabic (authentic), French (working).
    expect(await sideBySide()).toEqual([
      ['p1', true, true, true],
      ['p2', true, true, true],
    ]);

    await removeProvision(frenchId, 'p2');
    expect(await pkg()).toMatchObject({ provisional: false, open: [] });
    expect(await sideBySide()).toEqual([
      ['p1', true, true, true],
      ['p2', true, true, false],
    ]);

    await removeProvision(arabicId, 'p1');
    const held = await pkg();
    expect(held).toMatchObject({ provisional: true, total: 3, agreed: 2 });
    expect(held.open.map((o) => [o.clauseKey, o.documentId, o.missingIn])).toEqual([['p1', chapter().id, ['ar']]]);
    expect(describePackage(held)).toBe(
      'Package provisional — 2 of 3 provisions agreed; open: Chapter III – Security Arrangements (1); 1 provision missing from an authentic text (Arabic)',
    );
    expect(await sideBySide()).toEqual([
      ['p1', true, false, true],
      ['p2', true, true, false],
    ]);
    const board = await getStatusBoard(db, as('observer'), frenchId);
    expect(board.package).toMatchObject({ provisional: true, open: [{ clauseKey: 'p1', missingIn: ['ar'] }] });
  });

  it('a provision the original gains after its versions were made holds the package until every authentic text carries it', async () => {
    const english = new Y.Doc();
    Y.applyUpdate(english, await unsafeLoadStoredState(db, chapter().id));
    const before = Y.encodeStateVector(english);
    const p3 = new Y.XmlElement('paragraph');
    p3.setAttribute('uid', 'p3');
    p3.insert(0, [new Y.XmlText('3. Heavy weapons are stored.')]);
    english.getXmlFragment('default').push([p3]);
    await db
      .insert(docUpdates)
      .values({ documentId: chapter().id, update: Y.encodeStateAsUpdate(english, before), userId: as('gov.lead') });
    await agree(chapter().id, 'p3');
    const held = await pkg();
    expect(held.open.map((o) => [o.clauseKey, o.missingIn])).toEqual([
      ['p1', ['ar']],
      ['p3', ['ar']],
    ]);
    expect(describePackage(held)).toContain('2 provisions missing from an authentic text (Arabic)');
  });
});
