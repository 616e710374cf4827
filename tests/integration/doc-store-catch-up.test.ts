import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createDocStore } from '@/lib/collab/doc-store';
import { seededFixture } from '../support/collab-harness';

/** What a room needs to catch up with rows other instances committed (lib/collab/catch-up.ts). */
describe('the update log store: reading what others committed', () => {
  const t = seededFixture();

  it('names the newest row of each document, and the rows after a given one, in order, across compaction', async () => {
    const store = createDocStore(t.db);
    const documentId = t.ids.otherDoc.id;
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    const loaded = await store.loadState(documentId);
    for (const word of ['one ', 'two ', 'three ']) {
      doc.getText('t').insert(doc.getText('t').length, word);
      await store.append(documentId, [{ update: updates.at(-1)!, userId: null }]);
    }
    const latest = await store.latestIds([documentId, t.ids.chapter.id]);
    const newest = latest.get(documentId)!;
    expect(newest).toBeGreaterThan(loaded.lastId);
    const rows = await store.readSince(documentId, loaded.lastId);
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r.id)).toEqual([...rows.map((r) => r.id)].sort((a, b) => a - b));
    expect(rows.at(-1)!.id).toBe(newest);
    expect(await store.readSince(documentId, newest)).toEqual([]);

    await store.compact(documentId); // rows are kept: a room that read up to an older id still catches up
    expect((await store.readSince(documentId, rows[0]!.id)).map((r) => r.id)).toEqual(rows.slice(1).map((r) => r.id));
    const after = await store.loadState(documentId);
    expect(after.lastId).toBe(newest);
    const replica = new Y.Doc();
    after.parts.forEach((p) => Y.applyUpdate(replica, p));
    expect(replica.getText('t').toString()).toContain('one two three ');
    expect(await store.latestIds([])).toEqual(new Map());
  });
});
