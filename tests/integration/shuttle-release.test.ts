import { and, eq } from 'drizzle-orm';
import { ZodError } from 'zod';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { auditEvents, docUpdates, documents, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { HttpError } from '@/lib/access/errors';
import { getSchema } from '@tiptap/core';
import { sharedExtensions } from '@/lib/editor/extensions';
import { nodeText, stateToJson } from '@/lib/editor/to-json';
import { processShared } from '@/lib/process-shared';
import { previewRelease, releaseText } from '@/lib/shuttle/release-text';
import { openBilateralChannel } from '@/lib/shuttle/open-bilateral-channel';
import { clauseBlockLabel } from '@/lib/editor/mediators-text';
import { formatDay } from '@/lib/format/dates';
import { updateYFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { parties } from '@/db/schema';
import { unsafeLoadStoredState } from '@/lib/versions/load-stored-state';
import { getVersionState, listVersions } from '@/lib/versions/versions';
import { readerScope } from '../support/reader-scope';
import { openTestDatabase, TEST_DRIVER } from '../support/test-db';
import { storeBlocks } from '../support/uid-blocks';

let db: Db;
let close: () => Promise<void>;
const ids: Record<string, string> = {};
const docs: Record<string, string> = {};
const CAUCUS_MARKER = 'GOV-CAUCUS-SECRET-7f3a';

async function statusOf(p: Promise<unknown>): Promise<number | 'ok'> {
  try {
    await p;
    return 'ok';
  } catch (err) {
    if (err instanceof HttpError) return err.status;
    if (err instanceof ZodError) return 400;
    throw err;
  }
}

const textOf = async (documentId: string) => nodeText(stateToJson(await unsafeLoadStoredState(db, documentId)));

beforeAll(async () => {
  ({ db, close } = await openTestDatabase({ seeded: true }));
  await seedDemo(db);
  for (const u of await db.select().from(users)) ids[u.email.split('@')[0]!] = u.id;
  for (const d of await db.select().from(documents)) docs[d.title] = d.id;
  await storeBlocks(db, docs['Chapter III – Security Arrangements']!, [{ uid: 'c1', text: 'Existing shared text.' }]);
  await storeBlocks(
    db,
    docs['Mediation team notes']!,
    [
      { uid: 'm1', type: 'heading', text: 'Bridging proposal' },
      { uid: 'm2', text: 'Forces pull back 20 km from the line of contact.' },
      { uid: 'm3', text: 'Internal: GOV may accept 15 km.' },
    ],
    ids.mediator,
  );
  await storeBlocks(db, docs['GOV caucus notes']!, [{ uid: 'g1', text: `Our bottom line ${CAUCUS_MARKER}` }], ids['gov.lead']);
});
afterEach(() => void delete processShared().applyServerUpdate);
afterAll(async () => close?.());

describe(`shuttle release on ${TEST_DRIVER}`, () => {
  const chapter = () => docs['Chapter III – Security Arrangements']!;
  const notes = () => docs['Mediation team notes']!;

  it('releases the whole text as a named version first, then into the stored shared draft, with provenance', async () => {
    const result = await releaseText(db, ids.mediator!, notes(), { targetDocumentId: chapter() });
    expect(result.appliedTo).toBe('stored');
    expect(result.version).toMatchObject({ number: 1, reason: 'release', documentId: chapter() });
    expect(result.version.name).toBe("Mediator's text — released by Helena Marsh");
    expect(result.sourceVersion).toMatchObject({ documentId: notes(), number: 1, reason: 'release' });

    const json = stateToJson(await unsafeLoadStoredState(db, chapter()));
    expect(json.content?.map((n) => n.type)).toEqual(['paragraph', 'clauseBlock']);
    const block = json.content![1]!;
    expect(block.attrs).toMatchObject({
      title: "Mediator's text v1",
      uid: result.blockUid,
      version: 1,
      variant: 'released',
      clauseId: '',
      releasedBy: 'Helena Marsh',
      replaces: 0,
    });
    expect(clauseBlockLabel(block.attrs!)).toBe(`Mediator's text v1 — released by Helena Marsh, mediation team, ${formatDay(new Date())}`);
    expect(block.content?.map((n) => nodeText(n))).toEqual([
      "Mediator's text v1",
      'Bridging proposal',
      'Forces pull back 20 km from the line of contact.',
      'Internal: GOV may accept 15 km.',
    ]);
    expect(() => getSchema(sharedExtensions()).nodeFromJSON(json).check()).not.toThrow();
    const versioned = nodeText(stateToJson((await getVersionState(db, await readerScope(db, chapter()), result.version.id)).state));
    expect(versioned).toBe(await textOf(chapter()));

    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'text.release'));
    expect(event).toMatchObject({
      actorId: ids.mediator,
      targetId: chapter(),
      details: {
        sourceDocumentId: notes(),
        sourceVersionNumber: 1,
        targetDocumentId: chapter(),
        targetVersionNumber: 1,
        sourceBlockUids: ['m1', 'm2', 'm3'],
      },
    });
    const [logged] = await db
      .select()
      .from(docUpdates)
      .where(and(eq(docUpdates.documentId, chapter()), eq(docUpdates.userId, ids.mediator!)));
    expect(logged).toBeDefined();
  });

  it('releases a block range as the next version through the live room when one is loaded', async () => {
    const applied: [string, Uint8Array, string | null][] = [];
    processShared().applyServerUpdate = (id, update, userId) => (applied.push([id, update, userId]), true);
    const before = (await db.select().from(docUpdates).where(eq(docUpdates.documentId, chapter()))).length;
    const result = await releaseText(db, ids.mediator!, notes(), { targetDocumentId: chapter(), fromUid: 'm2', toUid: 'm1' });
    expect(result.appliedTo).toBe('room');
    expect(applied.map(([id, , userId]) => [id, userId])).toEqual([[chapter(), ids.mediator]]);
    expect((await db.select().from(docUpdates).where(eq(docUpdates.documentId, chapter()))).length).toBe(before);
    expect(result.number).toBe(2);
    expect(result.replaces).toBeNull(); // a different passage: appended
    const v2 = stateToJson((await getVersionState(db, await readerScope(db, chapter()), result.version.id)).state);
    const last = v2.content!.at(-1)!;
    expect(last.content?.map((n) => nodeText(n))).toEqual([
      "Mediator's text v2",
      'Bridging proposal',
      'Forces pull back 20 km from the line of contact.',
    ]);
    expect(nodeText(last)).not.toContain('15 km');
  });

  it('refuses other people, other sources and other targets; caucus text never moves', async () => {
    const release = (who: string, source: string, target: string, extra = {}) =>
      statusOf(releaseText(db, ids[who]!, source, { targetDocumentId: target, ...extra }));
    expect(await release('expert', notes(), chapter())).toBe(403);
    expect(await release('gov.lead', docs['GOV caucus notes']!, chapter())).toBe(403);
    expect(await release('apm.lead', docs['GOV caucus notes']!, chapter())).toBe(404);
    expect(await release('mediator', docs['GOV caucus notes']!, chapter())).toBe(404);
    expect(await release('mediator', notes(), docs['GOV caucus notes']!)).toBe(404);
    expect(await release('mediator', notes(), notes())).toBe(400);
    expect(await release('mediator', chapter(), docs['Annex A – Ceasefire Modalities']!)).toBe(400);
    expect(await release('mediator', notes(), docs['Draft framework on fishing zones']!)).toBe(404);
    expect(await release('outsider', notes(), docs['Draft framework on fishing zones']!)).toBe(404);
    expect(await release('mediator', notes(), chapter(), { fromUid: 'unknown' })).toBe(404);
    expect(await release('mediator', notes(), 'not-a-uuid')).toBe(400);

    for (const title of ['Chapter III – Security Arrangements', 'Annex A – Ceasefire Modalities', 'Mediation team notes']) {
      expect(await textOf(docs[title]!)).not.toContain(CAUCUS_MARKER);
      for (const v of await listVersions(db, await readerScope(db, docs[title]!))) {
        expect(nodeText(stateToJson((await getVersionState(db, await readerScope(db, docs[title]!), v.id)).state))).not.toContain(
          CAUCUS_MARKER,
        );
      }
    }
    expect(await textOf(docs['GOV caucus notes']!)).toContain(CAUCUS_MARKER);
  });

  it('a new release of the same passage replaces the earlier one in place; versions and the audit trail keep the earlier wording', async () => {
    await storeBlocks(db, notes(), [{ uid: 'm4', text: 'Forces pull back 25 km, revised.' }], ids.mediator);
    const preview = await previewRelease(db, ids.mediator!, notes(), { targetDocumentId: chapter() });
    expect(preview).toMatchObject({ number: 3, replaces: { number: 1 }, target: { id: chapter() } });
    expect(preview.paragraphs).toContain('Forces pull back 25 km, revised.');
    expect(preview.label).toMatch(/^Mediator's text v3 — released by Helena Marsh, mediation team, .* · replaces v1$/);
    const before = stateToJson(await unsafeLoadStoredState(db, chapter()));
    const index = before.content!.findIndex((b) => b.attrs?.title === "Mediator's text v1");
    expect(index).toBe(1);

    const result = await releaseText(db, ids.mediator!, notes(), { targetDocumentId: chapter() });
    expect(result).toMatchObject({ number: 3, replaces: 1 });
    expect(result.version.name).toBe("Mediator's text — released by Helena Marsh, replaces v1");
    const after = stateToJson(await unsafeLoadStoredState(db, chapter()));
    expect(after.content!.map((b) => b.attrs?.title ?? b.type)).toEqual(['paragraph', "Mediator's text v3"]); // v2 went to a live room only (the hook above)
    expect(after.content![1]!.attrs).toMatchObject({ version: 3, replaces: 1 });
    expect(clauseBlockLabel(after.content![1]!.attrs!)).toMatch(/· replaces v1$/);
    // No stray empty paragraphs anywhere.
    expect(after.content!.filter((b) => b.type === 'paragraph' && !nodeText(b).trim())).toEqual([]);
    // The earlier wording stays in version 1 and the audit trail names what was replaced.
    const v1 = (await listVersions(db, await readerScope(db, chapter()))).find((v) => v.number === 1)!;
    expect(nodeText(stateToJson((await getVersionState(db, await readerScope(db, chapter()), v1.id)).state))).toContain(
      "Mediator's text v1",
    );
    const events = await db.select().from(auditEvents).where(eq(auditEvents.action, 'text.release'));
    expect(events.at(-1)!.details).toMatchObject({ targetVersionNumber: 3, replacesVersionNumber: 1, name: "Mediator's text v3" });
    // replace: false appends a new text instead.
    const appended = await releaseText(db, ids.mediator!, notes(), { targetDocumentId: chapter(), replace: false });
    expect(appended.replaces).toBeNull();
    expect(stateToJson(await unsafeLoadStoredState(db, chapter())).content!.at(-1)!.attrs?.title).toBe("Mediator's text v4");
  });

  it('server-made blocks are stored exactly as an editor would write them: nothing for any client to fix', async () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, await unsafeLoadStoredState(db, chapter()));
    const fragment = doc.getXmlFragment('default');
    const pm = yXmlFragmentToProseMirrorRootNode(fragment, getSchema(sharedExtensions()));
    let changes = 0;
    doc.on('update', () => changes++);
    // What y-prosemirror does when an editor edits anywhere: write its view of the blocks back.
    updateYFragment(doc, fragment, pm, { mapping: new Map(), isOMark: new Map() } as never);
    expect(changes).toBe(0);
    doc.destroy();
  });

  it('bilateral channels: the lead mediator opens one per delegation, shuttles text from one to the other, never into a caucus', async () => {
    const partyRows = await db.select().from(parties);
    const gov = partyRows.find((p) => p.shortName === 'GOV')!;
    const apm = partyRows.find((p) => p.shortName === 'APM')!;
    const negotiationId = (await db.select().from(documents).where(eq(documents.id, chapter())))[0]!.negotiationId;
    expect(await statusOf(openBilateralChannel(db, ids['gov.lead']!, negotiationId, { partyId: gov.id }))).toBe(403);
    expect(await statusOf(openBilateralChannel(db, ids.expert!, negotiationId, { partyId: gov.id }))).toBe(403);
    expect(await statusOf(openBilateralChannel(db, ids.outsider!, negotiationId, { partyId: gov.id }))).toBe(404);
    const govChannel = await openBilateralChannel(db, ids.mediator!, negotiationId, { partyId: gov.id });
    expect(govChannel.created).toBe(true);
    expect(govChannel.document).toMatchObject({ kind: 'bilateral', partyId: gov.id });
    const again = await openBilateralChannel(db, ids.mediator!, negotiationId, { partyId: gov.id });
    expect(again).toMatchObject({ created: false, document: { id: govChannel.document.id } });
    const apmChannel = (await openBilateralChannel(db, ids.mediator!, negotiationId, { partyId: apm.id })).document;
    await storeBlocks(
      db,
      govChannel.document.id,
      [
        { uid: 'b1', text: 'Formula: phased withdrawal over 60 days.' },
        { uid: 'b2', text: 'GOV-only remark.' },
      ],
      ids['gov.lead'],
    );

    const release = (who: string, source: string, target: string, extra = {}) =>
      statusOf(releaseText(db, ids[who]!, source, { targetDocumentId: target, ...extra }));
    expect(await release('gov.lead', govChannel.document.id, chapter())).toBe(403);
    expect(await release('apm.lead', govChannel.document.id, chapter())).toBe(404);
    expect(await release('mediator', govChannel.document.id, govChannel.document.id)).toBe(400);
    expect(await release('mediator', govChannel.document.id, docs['APM caucus notes']!)).toBe(404);
    expect(await release('mediator', govChannel.document.id, apmChannel.id, { fromUid: 'b1', toUid: 'b1' })).toBe('ok');
    const apmText = await textOf(apmChannel.id);
    expect(apmText).toContain('Formula: phased withdrawal over 60 days.');
    expect(apmText).not.toContain('GOV-only remark.');
  });
});
