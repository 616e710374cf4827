import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { ownPart } from '@/lib/collab/foreign-ids';

describe('ownPart: what a sender owns of a refused update', () => {
  it('keeps the structs under other ids and the deletions, drops the foreign structs', () => {
    const doc = new Y.Doc();
    doc.clientID = 1;
    doc.getText('t').insert(0, 'base text');
    const sv = Y.encodeStateVector(doc);
    doc.clientID = 2;
    doc.getText('t').insert(0, 'forged ');
    doc.getText('t').delete(7, 4);
    doc.clientID = 3;
    doc.getMap('m').set('k', { nested: [1, 2] });
    doc.getText('t').insert(doc.getText('t').length, ' own');
    const update = Y.encodeStateAsUpdate(doc, sv);

    const part = Y.decodeUpdate(ownPart(update, [2]));
    expect(new Set(part.structs.map((s) => s.id.client))).toEqual(new Set([3]));
    expect([...part.ds.clients.keys()]).toEqual([1]); // the forger deleted base text

    const base = new Y.Doc();
    base.clientID = 1;
    base.getText('t').insert(0, 'base text');
    Y.applyUpdate(base, ownPart(update, [2]));
    expect(base.store.pendingStructs).toBeNull();
    expect(base.getText('t').toString()).toBe(' text own'); // 'base' deleted by the forger's own deletion
    expect(base.getMap('m').get('k')).toEqual({ nested: [1, 2] });
  });
});
