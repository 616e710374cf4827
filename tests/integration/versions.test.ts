import { eq } from 'drizzle-orm';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { auditEvents, docSnapshots, docUpdates, documents, users, type DocumentRow } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { stateToJson } from '@/lib/editor/to-json';
import { unsafeLoadStoredState } from '@/lib/versions/load-stored-state';
import { redline } from '@/lib/versions/redline';
import { createVersion, getVersionState, listVersions } from '@/lib/versions/versions';
import { readerScope } from '../support/reader-scope';
import { openTestDatabase, TEST_DRIVER } from '../support/test-db';
import { appendParagraphs, docWithParagraphs } from '../support/ydoc';

let db: Db;
let close: () => Promise<void>;
let chapter: DocumentRow;
let mediatorId: string;

beforeAll(async () => {
  ({ db, close } = await openTestDatabase({ seeded: true }));
  await seedDemo(db);
  chapter = (await db.select().from(documents)).find((d) => d.title.startsWith('Chapter III'))!;
  mediatorId = (await db.select({ id: users.id }).from(users).where(eq(users.email, 'mediator@pactum.test')))[0]!.id;
});
afterAll(async () => close?.());

describe(`named versions on ${TEST_DRIVER}`, () => {
  it('loads snapshot + tail, saves numbered versions and compares them as a redline', async () => {
    const ydoc = docWithParagraphs('Forces withdraw within 30 days.');
    // Half of the history compacted into a snapshot, the rest still in the update log.
    const [first] = await db
      .insert(docUpdates)
      .values({ documentId: chapter.id, update: Y.encodeStateAsUpdate(ydoc), userId: mediatorId })
      .returning();
    await db.insert(docSnapshots).values({ documentId: chapter.id, state: Y.encodeStateAsUpdate(ydoc), upToUpdateId: first!.id });
    const v1 = await createVersion(db, { document: chapter, name: "Mediator's text v1", userId: mediatorId });

    const before = Y.encodeStateVector(ydoc);
    const fragment = ydoc.getXmlFragment('default');
    ydoc.transact(() => {
      const text = (fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText;
      text.delete(23, 2);
      text.insert(23, '90');
    });
    appendParagraphs(ydoc, 'Heavy weapons are stored in verified depots.');
    await db.insert(docUpdates).values({ documentId: chapter.id, update: Y.encodeStateAsUpdate(ydoc, before), userId: mediatorId });

    const current = stateToJson(await unsafeLoadStoredState(db, chapter.id));
    expect(current.content?.map((n) => n.content?.[0]?.text)).toEqual([
      'Forces withdraw within 90 days.',
      'Heavy weapons are stored in verified depots.',
    ]);

    const v2 = await createVersion(db, { document: chapter, name: "Mediator's text v2", userId: mediatorId, reason: 'status-change' });
    expect([v1.number, v2.number]).toEqual([1, 2]);
    expect((await listVersions(db, await readerScope(db, chapter.id))).map((v) => v.name)).toEqual([
      "Mediator's text v2",
      "Mediator's text v1",
    ]);

    const old = stateToJson((await getVersionState(db, await readerScope(db, chapter.id), v1.id)).state);
    const diff = redline(old, current);
    expect(diff.map((b) => b.change)).toEqual(['changed', 'inserted']);
    expect(diff[0]!.parts.find((p) => p.op === 'insert')?.text).toContain('90');

    const logged = await db.select().from(auditEvents).where(eq(auditEvents.action, 'version.create'));
    expect(logged).toHaveLength(2);
  });

  it('refuses a version id of another document', async () => {
    const [other] = (await db.select().from(documents)).filter((d) => d.title.startsWith('Annex A'));
    const v = await createVersion(db, { document: other!, name: 'Annex v1', userId: mediatorId });
    await expect(getVersionState(db, await readerScope(db, chapter.id), v.id)).rejects.toMatchObject({ status: 404 });
  });
});
