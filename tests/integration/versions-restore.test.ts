import { eq } from 'drizzle-orm';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { auditEvents, docUpdates, documents, parties, users, type DocumentRow } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { HttpError } from '@/lib/access/errors';
import { nodeText, stateToJson } from '@/lib/editor/to-json';
import { unsafeLoadStoredState } from '@/lib/versions/load-stored-state';
import { restoreVersion } from '@/lib/versions/restore';
import { createVersion, listVersions } from '@/lib/versions/versions';
import { readerScope } from '../support/reader-scope';
import { openTestDatabase, TEST_DRIVER } from '../support/test-db';

let db: Db;
let close: () => Promise<void>;
let chapter: DocumentRow;
const user: Record<string, string> = {};

beforeAll(async () => {
  ({ db, close } = await openTestDatabase({ seeded: true }));
  await seedDemo(db);
  chapter = (await db.select().from(documents)).find((d) => d.title.startsWith('Chapter III'))!;
  for (const u of await db.select().from(users)) user[u.email.split('@')[0]!] = u.id;
});
afterAll(async () => close?.());

/** Appends an edit of the stored text, as the collaboration server would. */
async function edit(doc: Y.Doc, by: string, change: (fragment: Y.XmlFragment) => void) {
  const before = Y.encodeStateVector(doc);
  doc.transact(() => change(doc.getXmlFragment('default')));
  await db.insert(docUpdates).values({ documentId: chapter.id, update: Y.encodeStateAsUpdate(doc, before), userId: by });
}
const paragraph = (text: string, uid: string) => {
  const p = new Y.XmlElement('paragraph');
  p.setAttribute('uid', uid);
  p.insert(0, [new Y.XmlText(text)]);
  return p;
};
const texts = async () =>
  (stateToJson(await unsafeLoadStoredState(db, chapter.id)).content ?? []).map((n) => ({ uid: n.attrs?.uid, text: nodeText(n) }));

describe(`restoring a version (${TEST_DRIVER})`, () => {
  it('makes v1 the current text again as a new version, keeps uids and history, and logs it', async () => {
    const doc = new Y.Doc();
    await edit(doc, user['gov.lead']!, (f) => f.push([paragraph('Forces withdraw within 30 days.', 'c1')]));
    const v1 = await createVersion(db, { document: chapter, name: 'First reading', userId: user.mediator! });
    await edit(doc, user['gov.lead']!, (f) => {
      ((f.get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(23, 'at most ');
      f.push([paragraph('Heavy weapons are stored.', 'c2')]);
    });
    expect(await texts()).toEqual([
      { uid: 'c1', text: 'Forces withdraw within at most 30 days.' },
      { uid: 'c2', text: 'Heavy weapons are stored.' },
    ]);

    // Facilitative: the mediator does not hold the pen, an outsider sees nothing.
    await expect(restoreVersion(db, user.mediator!, chapter.id, v1.id)).rejects.toMatchObject({ status: 403 });
    await expect(restoreVersion(db, user.outsider!, chapter.id, v1.id)).rejects.toMatchObject({ status: 404 });
    await expect(restoreVersion(db, user['gov.lead']!, chapter.id, '6f0c1d2e-0000-4000-8000-000000000000')).rejects.toMatchObject({
      status: 404,
    });

    const { version, restoredFrom } = await restoreVersion(db, user['gov.lead']!, chapter.id, v1.id);
    expect(restoredFrom).toBe(1);
    expect(version).toMatchObject({ number: 2, reason: 'restore', name: 'Restored from v1 (First reading)' });
    expect(await texts()).toEqual([{ uid: 'c1', text: 'Forces withdraw within 30 days.' }]);
    expect((await listVersions(db, await readerScope(db, chapter.id))).map((v) => v.number)).toEqual([2, 1]);
    const [logged] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'version.restore'));
    expect(logged).toMatchObject({ actorId: user['gov.lead'], details: { restoredFrom: 1, newVersion: 2 } });
  });

  it('refuses (409) a restore that would lift another party’s bracket, and keeps the text', async () => {
    const [gov] = await db.select().from(parties).where(eq(parties.shortName, 'GOV'));
    const doc = new Y.Doc();
    Y.applyUpdate(doc, await unsafeLoadStoredState(db, chapter.id));
    const v = await createVersion(db, { document: chapter, name: 'Before GOV bracketed', userId: user.mediator! });
    await edit(doc, user['gov.lead']!, (f) =>
      ((f.get(0) as Y.XmlElement).get(0) as Y.XmlText).format(23, 7, {
        bracket: { partyId: gov!.id, partyShort: 'GOV', userId: user['gov.lead'] },
      }),
    );
    const err = await restoreVersion(db, user['apm.lead']!, chapter.id, v.id).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect(err).toMatchObject({ status: 409, message: expect.stringContaining('GOV') });
    expect(JSON.stringify(stateToJson(await unsafeLoadStoredState(db, chapter.id)))).toContain('"bracket"');
    await expect(restoreVersion(db, user['gov.lead']!, chapter.id, v.id)).resolves.toMatchObject({ restoredFrom: v.number });
  });
});
