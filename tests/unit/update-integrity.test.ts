import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { checkUpdate, unsoundUpdateReason } from '@/lib/collab/update-integrity';

const check = (server: Y.Doc, update: Uint8Array) => unsoundUpdateReason(server, Y.decodeUpdate(update));

describe('update integrity (updates Yjs would park as pending and replicas could replay differently)', () => {
  it('accepts ordinary edits, including another client’s items the server lacks, sent together', () => {
    const server = new Y.Doc();
    const client = new Y.Doc();
    client.getText('t').insert(0, 'Forces withdraw.');
    expect(check(server, Y.encodeStateAsUpdate(client))).toBeNull();
    Y.applyUpdate(server, Y.encodeStateAsUpdate(client));
    const sv = Y.encodeStateVector(server);
    client.getText('t').insert(6, ' shall');
    client.getText('t').delete(0, 1);
    expect(check(server, Y.encodeStateAsUpdate(client, sv))).toBeNull();
  });

  it('refuses an edit that builds on an item the server does not have', () => {
    const server = new Y.Doc();
    const other = new Y.Doc();
    other.getText('t').insert(0, 'unseen');
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(other));
    const sv = Y.encodeStateVector(client);
    client.getText('t').insert(6, ' text');
    expect(check(server, Y.encodeStateAsUpdate(client, sv))).toMatch(/unknown item/);
  });

  it('refuses a gap in one client’s clocks and a deletion of unknown items', () => {
    const server = new Y.Doc();
    const client = new Y.Doc();
    client.getText('t').insert(0, 'first');
    const sv = Y.encodeStateVector(client);
    client.getText('t').insert(5, ' second');
    expect(check(server, Y.encodeStateAsUpdate(client, sv))).toMatch(/unknown item|not contiguous/);
    const deleter = new Y.Doc();
    Y.applyUpdate(deleter, Y.encodeStateAsUpdate(client));
    const before = Y.encodeStateVector(deleter);
    deleter.getText('t').delete(0, 3);
    expect(check(server, Y.encodeStateAsUpdate(deleter, before))).toMatch(/deletes unknown/);
  });
});

describe('update integrity: what the sender can repair and what it cannot', () => {
  it('calls building on the server’s missing items "missing" (ask the sender), impossible ids "malformed" (close)', () => {
    const server = new Y.Doc();
    const client = new Y.Doc();
    client.getText('t').insert(0, 'first');
    const sv = Y.encodeStateVector(client);
    client.getText('t').insert(5, ' second');
    expect(checkUpdate(server, Y.decodeUpdate(Y.encodeStateAsUpdate(client, sv)))?.kind).toBe('missing');
    expect(checkUpdate(server, Y.decodeUpdate(Y.encodeStateAsUpdate(client)))).toBeNull();
    const decoded = Y.decodeUpdate(Y.encodeStateAsUpdate(client));
    const item = decoded.structs[0] as Y.Item;
    item.origin = Y.createID(item.id.client, item.id.clock + 1); // refers to its own later clock
    expect(checkUpdate(server, decoded)).toEqual({ kind: 'malformed', reason: 'refers to a later item of its own client' });
  });
});
