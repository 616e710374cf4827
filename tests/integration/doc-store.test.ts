import { eq, sql } from 'drizzle-orm';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { docUpdates } from '@/db/schema';
import { createDocStore } from '@/lib/collab/doc-store';
import { seededFixture } from '../support/collab-harness';

/** One small Yjs update that inserts `text`. */
function edit(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

const textOf = (updates: Uint8Array[]) => {
  const doc = new Y.Doc();
  for (const u of updates) Y.applyUpdate(doc, u);
  return doc.getText('t').toString();
};

describe('the update log store', () => {
  const t = seededFixture();

  const countRows = async (documentId: string) =>
    (
      await t.db
        .select({ n: sql<number>`count(*)::int` })
        .from(docUpdates)
        .where(eq(docUpdates.documentId, documentId))
    )[0]!.n;

  it('appends updates with their author and loads them back in order', async () => {
    const store = createDocStore(t.db);
    const documentId = t.ids.otherDoc.id;
    const before = await countRows(documentId);
    await store.appendMany([
      {
        documentId,
        updates: [
          { update: edit('a'), userId: t.ids.users.govLead },
          { update: edit('b'), userId: null },
        ],
      },
    ]);
    expect(await countRows(documentId)).toBe(before + 2);
    const rows = await t.db.select().from(docUpdates).where(eq(docUpdates.documentId, documentId)).orderBy(docUpdates.id);
    expect(rows.slice(-2).map((r) => r.userId)).toEqual([t.ids.users.govLead, null]);
    expect(textOf(await store.load(documentId))).toContain('a');
  });

  it('refuses an unknown document with the database’s error and writes nothing of the batch', async () => {
    const store = createDocStore(t.db);
    const known = t.ids.otherDoc.id;
    const before = await countRows(known);
    const unknown = '00000000-0000-4000-8000-000000000000';
    const write = store.appendMany([
      { documentId: known, updates: [{ update: edit('kept out'), userId: null }] },
      { documentId: unknown, updates: [{ update: edit('nowhere'), userId: null }] },
    ]);
    await expect(write).rejects.toMatchObject({ code: '23503', message: expect.stringContaining('doc_updates') });
    expect(await countRows(known)).toBe(before);
    // The store (and the connection under it) is still usable afterwards.
    await store.append(known, [{ update: edit('after'), userId: null }]);
    expect(await countRows(known)).toBe(before + 1);
  });

  it('never lands inside another caller’s open transaction: a rollback there keeps the append', async () => {
    const store = createDocStore(t.db);
    const documentId = t.ids.otherDoc.id;
    const before = await countRows(documentId);
    let appended: Promise<void> | undefined;
    await t.db
      .transaction(async (tx) => {
        await tx.insert(docUpdates).values({ documentId, update: edit('rolled back'), userId: null });
        // The append is asked for while this transaction is open, and must wait for it to end.
        appended = store.append(documentId, [{ update: edit('durable'), userId: null }]);
        await new Promise((resolve) => setTimeout(resolve, 30));
        throw new Error('roll back');
      })
      .catch((err: Error) => expect(err.message).toBe('roll back'));
    await appended;
    expect(await countRows(documentId)).toBe(before + 1);
    expect(textOf(await store.load(documentId))).toContain('durable');
    expect(textOf(await store.load(documentId))).not.toContain('rolled back');
  });
});
