import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Db } from '@/db/client';
import { documents } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { editorSchema, toYBlocks } from '@/lib/editor/server-blocks';
import { stateToJson, type PmNode } from '@/lib/editor/to-json';
import { checkAlignment } from '@/lib/languages/check-alignment';
import { createLanguageVersion } from '@/lib/languages/create-language-version';
import { markAligned } from '@/lib/languages/mark-aligned';
import { exportBilingualDocx } from '@/lib/languages/export-bilingual';
import { exportDraft } from '@/lib/export/export-draft';
import { getLanguageVersions } from '@/lib/languages/get-language-versions';
import { readClauseBlocks } from '@/lib/status/clause-blocks';
import { getStatusBoard } from '@/lib/status/get-status-board';
import { unsafeLoadStoredState } from '@/lib/versions/load-stored-state';
import { docUpdates } from '@/db/schema';
import { clauseDoc, storeDoc } from '../support/clause-doc';
import { demoIds } from '../support/demo-ids';
import { agreeByBothLeads, rewriteProvision } from '../support/provisions';
import { openTestDatabase, TEST_DRIVER } from '../support/test-db';

/** Issue #25: authentic-language versions aligned provision by provision; the package waits for them. */
let db: Db;
let close: () => Promise<void>;
let ids: Awaited<ReturnType<typeof demoIds>>;
let chapterDoc: Y.Doc;
let arabicId: string;
const as = (who: string) => ids.user(`${who}@pactum.test`);

const agree = (documentId: string, clauseKey: string) => agreeByBothLeads(db, [as('gov.lead'), as('apm.lead')], documentId, clauseKey);
const rewrite = (documentId: string, clauseKey: string, text: string, userId: string) =>
  rewriteProvision(db, documentId, clauseKey, text, userId);

beforeAll(async () => {
  ({ db, close } = await openTestDatabase());
  await seedDemo(db);
  ids = await demoIds(db);
  chapterDoc = clauseDoc([
    { uid: 'h', type: 'heading', text: 'Article 1' },
    { uid: 'p1', text: '1. The Parties cease hostilities.' },
    { uid: 'p2', text: '2. Forces withdraw within 30 days.' },
    { uid: 'p3', text: '3. Heavy weapons are stored under joint verification.' },
  ]);
  await storeDoc(db, ids.doc('Chapter III').id, chapterDoc, as('mediator'));
  await storeDoc(db, ids.doc('Annex A').id, clauseDoc([{ uid: 'a1', text: 'A.1 Monitors may visit any site.' }]), as('mediator'));
});
afterAll(async () => close?.());

describe(`language versions on ${TEST_DRIVER}`, () => {
  it('only the convener or lead mediator adds a version; it opens with the same provisions, keyed alike, all in step', async () => {
    const chapter = ids.doc('Chapter III');
    await expect(createLanguageVersion(db, as('gov.lead'), chapter.id, { language: 'ar', authentic: true })).rejects.toMatchObject({
      status: 403,
    });
    await expect(createLanguageVersion(db, as('outsider'), chapter.id, { language: 'ar', authentic: true })).rejects.toMatchObject({
      status: 404,
    });
    const arabic = await createLanguageVersion(db, as('mediator'), chapter.id, { language: 'ar', authentic: true });
    arabicId = arabic.id;
    expect(arabic).toMatchObject({ language: 'ar', versionOf: chapter.id, authentic: true, kind: 'shared' });
    await expect(createLanguageVersion(db, as('mediator'), chapter.id, { language: 'ar', authentic: true })).rejects.toMatchObject({
      status: 400,
    });
    const board = await getStatusBoard(db, as('observer'), arabic.id);
    expect(board.clauses.map((c) => c.clauseKey)).toEqual(['p1', 'p2', 'p3']);
    expect(board.languages).toMatchObject({ language: 'ar', outOfStep: {} });
    expect(board.languages!.versions.map((v) => v.language)).toEqual(['en', 'ar']);
  });

  it('a change to provision 3 in English puts Arabic provision 3 out of step (and only it); the package cannot be agreed until a translator marks it aligned', async () => {
    const chapter = ids.doc('Chapter III');
    await rewrite(arabicId, 'p1', '١. يوقف الطرفان الأعمال العدائية.', as('gov.lead'));
    await rewrite(arabicId, 'p2', '٢. تنسحب القوات خلال ثلاثين يومًا.', as('gov.lead'));
    await rewrite(arabicId, 'p3', '٣. تُخزَّن الأسلحة الثقيلة تحت تحقق مشترك.', as('gov.lead'));
    // The translator's first pass is the opening of the version: the baseline is taken when first compared.
    await markAligned(db, as('gov.lead'), arabicId, { clauseKey: 'p1' });
    await markAligned(db, as('gov.lead'), arabicId, { clauseKey: 'p2' });
    await markAligned(db, as('gov.lead'), arabicId, { clauseKey: 'p3' });
    expect((await getStatusBoard(db, as('observer'), chapter.id)).languages!.outOfStep).toEqual({});
    for (const key of ['p1', 'p2', 'p3']) {
      await agree(chapter.id, key);
      await agree(arabicId, key);
    }
    await agree(ids.doc('Annex A').id, 'a1');
    expect((await getStatusBoard(db, as('observer'), chapter.id)).package).toMatchObject({ provisional: false, outOfStep: [] });

    const before = Date.now();
    await rewrite(chapter.id, 'p3', '3. Heavy weapons are stored under international verification.', as('gov.lead'));
    const changed = await checkAlignment(db, chapter);
    expect(changed).toEqual([{ documentId: arabicId, clauseKey: 'p3', outOfStepSince: expect.any(Date) }]);
    for (const who of ['observer', 'apm.member', 'gov.lead', 'mediator']) {
      const board = await getStatusBoard(db, as(who), arabicId);
      expect(Object.keys(board.languages!.outOfStep), who).toEqual(['p3']);
      expect(Date.parse(board.languages!.outOfStep.p3!)).toBeGreaterThanOrEqual(before - 1000);
    }
    expect((await getStatusBoard(db, as('observer'), chapter.id)).languages!.outOfStep).toEqual({});

    // English p3 agreed again by both parties: the package still waits for the Arabic text.
    await agree(chapter.id, 'p3');
    const pkg = (await getStatusBoard(db, as('observer'), chapter.id)).package!;
    expect(pkg.open).toEqual([]);
    expect(pkg).toMatchObject({ provisional: true, outOfStep: [{ documentId: arabicId, clauseKey: 'p3' }] });

    await expect(markAligned(db, as('observer'), arabicId, { clauseKey: 'p3' })).rejects.toMatchObject({ status: 403 });
    await rewrite(arabicId, 'p3', '٣. تُخزَّن الأسلحة الثقيلة تحت تحقق دولي.', as('gov.lead'));
    // The translator's catch-up does not put the English text out of step.
    expect(await checkAlignment(db, ids.doc('Chapter III'))).toEqual([]);
    await markAligned(db, as('gov.lead'), arabicId, { clauseKey: 'p3' });
    expect((await getStatusBoard(db, as('apm.member'), arabicId)).languages!.outOfStep).toEqual({});
    expect((await getStatusBoard(db, as('observer'), chapter.id)).languages!.outOfStep).toEqual({});
    await agree(arabicId, 'p3');
    expect((await getStatusBoard(db, as('observer'), chapter.id)).package).toMatchObject({ provisional: false, outOfStep: [] });
  });

  it('exports a bilingual DOCX, provision by provision, the Arabic paragraphs right to left', async () => {
    const { buffer, filename } = await exportBilingualDocx(db, as('gov.lead'), ids.doc('Chapter III').id, arabicId);
    const xml = strFromU8(unzipSync(new Uint8Array(buffer))['word/document.xml']!);
    expect(filename).toMatch(/\.docx$/);
    expect(xml).toContain('<w:tbl>');
    const arabicParagraph = [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]).find((p) => p.includes('تحقق دولي'));
    expect(arabicParagraph).toContain('<w:bidi/>');
    expect(xml).toContain('international verification');
    await expect(exportBilingualDocx(db, as('outsider'), ids.doc('Chapter III').id, arabicId)).rejects.toMatchObject({ status: 404 });
    await expect(exportBilingualDocx(db, as('gov.lead'), ids.doc('Chapter III').id, ids.doc('Annex A').id)).rejects.toMatchObject({
      status: 400,
    });
  });

  it('exports each language alone (the route without `with`), marked and clean, the Arabic paragraphs right to left', async () => {
    const paragraphs = (buffer: Buffer) =>
      [...strFromU8(unzipSync(new Uint8Array(buffer))['word/document.xml']!).matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    for (const clean of ['0', '1']) {
      const arabic = paragraphs((await exportDraft(db, as('apm.member'), arabicId, { clean })).buffer);
      const p3 = arabic.find((p) => p.includes('تحقق دولي'));
      expect(p3, `clean=${clean}`).toContain('<w:bidi/>');
      expect(
        arabic.some((p) => p.includes('international verification')),
        `clean=${clean}`,
      ).toBe(false);
      const english = paragraphs((await exportDraft(db, as('apm.member'), ids.doc('Chapter III').id, { clean })).buffer);
      const e3 = english.find((p) => p.includes('international verification'));
      expect(e3, `clean=${clean}`).toBeDefined();
      expect(e3).not.toContain('<w:bidi/>');
      expect(
        english.some((p) => p.includes('تحقق دولي')),
        `clean=${clean}`,
      ).toBe(false);
    }
  });

  it('a new version keeps the original’s structure: lists, brackets, alternatives and clause keys, so every provision has its counterpart', async () => {
    const chapter = ids.doc('Chapter III');
    const [protocol] = await db
      .insert(documents)
      .values({ negotiationId: chapter.negotiationId, kind: 'shared', title: 'Protocol on verification', position: 5 })
      .returning();
    const gov = { partyId: ids.party('GOV'), partyShort: 'GOV', userId: as('gov.lead') };
    const text = (t: string, marks?: PmNode['marks']): PmNode => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
    const para = (content: PmNode[], attrs: Record<string, unknown> = {}): PmNode => ({ type: 'paragraph', attrs, content });
    const source: PmNode[] = [
      { type: 'heading', attrs: { uid: 'v0', level: 2 }, content: [text('Part I')] },
      para([text('The Parties withdraw '), text('immediately', [{ type: 'bracket', attrs: gov }]), text(':')], { uid: 'v1' }),
      { type: 'orderedList', content: ['heavy weapons;', 'artillery.'].map((t) => ({ type: 'listItem', content: [para([text(t)])] })) },
      para([text('Monitors report monthly.')], { uid: 'v2' }),
      para([text('Monitors report weekly.')], {
        uid: 'v2alt',
        altOf: 'v2',
        altLabel: 'Alt 2',
        altParty: ids.party('APM'),
        altPartyShort: 'APM',
      }),
      para(
        [
          text('Prisoners are released '),
          text('forthwith', [{ type: 'deletion', attrs: { id: 'x' } }]),
          text('within 30 days', [{ type: 'insertion', attrs: { id: 'x' } }]),
          text('.'),
        ],
        { uid: 'v3' },
      ),
    ];
    const doc = new Y.Doc();
    doc.getXmlFragment('default').insert(0, toYBlocks(source));
    await storeDoc(db, protocol!.id, doc, as('mediator'));
    const french = await createLanguageVersion(db, as('mediator'), protocol!.id, { language: 'fr', authentic: false });
    const json = stateToJson(await unsafeLoadStoredState(db, french.id));
    expect(() => editorSchema().nodeFromJSON(json).check()).not.toThrow();
    expect(json.content!.map((n) => n.type)).toEqual(['heading', 'paragraph', 'orderedList', 'paragraph', 'paragraph', 'paragraph']);
    const original = readClauseBlocks(stateToJson(await unsafeLoadStoredState(db, protocol!.id)));
    const copy = readClauseBlocks(json);
    expect(copy.map((c) => c.key)).toEqual(['v1', 'v2', 'v3']);
    expect(copy.map((c) => c.key)).toEqual(original.map((c) => c.key));
    // The bracket (and who holds it), the list and Alt 2 come across as they are: the same provision, the same open marks.
    expect(copy[0]).toMatchObject({ text: original[0]!.text, hash: original[0]!.hash, hasBracket: true });
    expect(copy[0]!.text).toContain('heavy weapons;\nartillery.');
    expect(copy[1]).toMatchObject({ alternatives: 1, hash: original[1]!.hash });
    expect(json.content![4]!.attrs).toMatchObject({ altOf: 'v2', altLabel: 'Alt 2', altParty: ids.party('APM'), altPartyShort: 'APM' });
    // A pending suggestion is the proposer's, in the original: the translation starts from the text as it stands without it.
    expect(copy[2]).toMatchObject({ text: 'Prisoners are released forthwith.', hasSuggestion: false });
    expect((await getStatusBoard(db, as('observer'), french.id)).languages!.outOfStep).toEqual({});

    // The bilingual DOCX: one row per provision, its list and Alt 2 in the same row on both sides.
    const { buffer } = await exportBilingualDocx(db, as('gov.lead'), protocol!.id, french.id);
    const rows = [...strFromU8(unzipSync(new Uint8Array(buffer))['word/document.xml']!).matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map(
      (m) => m[0],
    );
    const rowOf = (words: string) => rows.filter((r) => r.includes(words));
    for (const words of ['heavy weapons;', 'artillery.', 'Monitors report weekly.']) {
      expect(rowOf(words), words).toHaveLength(1);
      expect(rowOf(words)[0]!.split(words).length - 1, words).toBe(2);
    }
    expect(rowOf('heavy weapons;')[0]).toContain('The Parties withdraw');
    expect(rowOf('heavy weapons;')[0]).toContain('<w:numPr>');
    expect(rowOf('Monitors report weekly.')[0]).toContain('Alt 2');
  });

  it('a list right under a heading is one provision in every language: keyed alike, shown side by side, put out of step by a change', async () => {
    const chapter = ids.doc('Chapter III');
    const [annex] = await db
      .insert(documents)
      .values({ negotiationId: chapter.negotiationId, kind: 'shared', title: 'Annex on cantonment', position: 6 })
      .returning();
    const text = (t: string): PmNode => ({ type: 'text', text: t });
    const item = (t: string): PmNode => ({ type: 'listItem', content: [{ type: 'paragraph', content: [text(t)] }] });
    // As typed in the editor: nothing but the heading and paragraphs carries a uid of its own.
    const source: PmNode[] = [
      { type: 'heading', attrs: { level: 2 }, content: [text('Article 1 — Cantonment')] },
      { type: 'bulletList', content: [item('Weapons are stored in depots;'), item('inventories are published.')] },
      { type: 'paragraph', content: [text('Monitors report monthly.')] },
      { type: 'heading', attrs: { level: 2 }, content: [text('Article 2 — Release')] },
      { type: 'orderedList', content: [item('children first;'), item('then the wounded.')] },
    ];
    const doc = new Y.Doc();
    doc.getXmlFragment('default').insert(0, toYBlocks(source));
    await storeDoc(db, annex!.id, doc, as('mediator'));
    const english = readClauseBlocks(stateToJson(await unsafeLoadStoredState(db, annex!.id)));
    expect(english).toHaveLength(3);
    const arabic = await createLanguageVersion(db, as('mediator'), annex!.id, { language: 'ar', authentic: true });
    const copy = readClauseBlocks(stateToJson(await unsafeLoadStoredState(db, arabic.id)));
    expect(copy.map((c) => c.key)).toEqual(english.map((c) => c.key));

    // Side by side: three provisions, each with its counterpart, nothing missing, nothing out of step.
    const view = await getLanguageVersions(db, as('observer'), arabic.id);
    expect(view.columns.map((c) => c.language)).toEqual(['en', 'ar']);
    expect(view.rows.map((r) => r.key)).toEqual(english.map((c) => c.key));
    for (const row of view.rows)
      expect(
        row.cells.map((c) => c.nodes !== null && c.outOfStepSince === null),
        row.key,
      ).toEqual([true, true]);
    expect((await getStatusBoard(db, as('observer'), arabic.id)).languages!.outOfStep).toEqual({});

    // A change to the English list under Article 1 puts the Arabic list out of step, and only it.
    const live = new Y.Doc();
    Y.applyUpdate(live, await unsafeLoadStoredState(db, annex!.id));
    const before = Y.encodeStateVector(live);
    const list = live.getXmlFragment('default').get(1) as Y.XmlElement;
    const words = ((list.get(1) as Y.XmlElement).get(0) as Y.XmlElement).get(0) as Y.XmlText;
    words.insert(words.length - 1, ' every month');
    await db.insert(docUpdates).values({ documentId: annex!.id, update: Y.encodeStateAsUpdate(live, before), userId: as('gov.lead') });
    expect(await checkAlignment(db, annex!)).toEqual([
      { documentId: arabic.id, clauseKey: english[0]!.key, outOfStepSince: expect.any(Date) },
    ]);
    const after = await getLanguageVersions(db, as('apm.member'), annex!.id);
    expect(after.rows.map((r) => r.cells.map((c) => c.outOfStepSince !== null))).toEqual([
      [false, true],
      [false, false],
      [false, false],
    ]);
  });
});
