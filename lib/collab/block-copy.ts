import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

type Decoded = ReturnType<typeof Y.decodeUpdate>;

/**
 * The top-level blocks of `fragment` that an update reaches: every block holding an item the update
 * builds on (origin, right origin, parent id) or deletes. A struct's position (and so its parent)
 * follows only from those ids, so a copy of these blocks integrates the update exactly as the room
 * would — nothing else in the document can change what the update does to them. Also the clients
 * the update mentions (their clocks must line up in the copy). Cost: the update, plus the items a
 * deletion range covers.
 */
export function blocksReached(doc: Y.Doc, fragment: Y.XmlFragment, update: Decoded): { blocks: Set<Y.Item>; clients: Set<number> } {
  const blocks = new Set<Y.Item>();
  const clients = new Set<number>();
  const known = (client: number) => Y.getState(doc.store, client);
  let lastParent: unknown = null; // a run of deleted text resolves its block once
  const touch = (item: Y.Item): void => {
    if (item.parent !== fragment && item.parent === lastParent) return;
    lastParent = item.parent;
    for (let i = item, hops = 0; hops < 100_000; hops++) {
      const parent = i.parent;
      if (!(parent instanceof Y.AbstractType)) return;
      if (parent === fragment) {
        blocks.add(i);
        return;
      }
      if (!parent._item) return; // another root type: no part of the text
      i = parent._item;
    }
  };
  const touchId = (id: Y.ID | null): void => {
    if (!id) return;
    clients.add(id.client);
    if (id.clock >= known(id.client)) return; // written by this update itself (or missing: applying says so)
    const s = Y.getItem(doc.store, id);
    if (s instanceof Y.Item) touch(s); // a GC stays a GC in the copy too
  };
  for (const s of update.structs) {
    const client = s.id.client;
    clients.add(client);
    if (!(s instanceof Y.Item)) continue;
    const state = known(client);
    if (s.id.clock + s.length <= state) continue; // already in the room: skipped on apply
    // A struct the room partly has goes on after its known part (Yjs splits it there).
    touchId(s.id.clock < state ? Y.createID(client, state - 1) : s.origin);
    touchId(s.rightOrigin);
    if (s.parent instanceof Y.ID) touchId(s.parent);
  }
  for (const [client, ranges] of update.ds.clients) {
    clients.add(client);
    const structs = doc.store.clients.get(client);
    if (!structs) continue;
    const state = known(client);
    for (const r of ranges) {
      if (r.clock >= state) continue;
      const end = Math.min(r.clock + r.len, state);
      let idx = Y.findIndexSS(structs, r.clock);
      for (let s = structs[idx]; s && s.id.clock < end; s = structs[++idx]) if (s instanceof Y.Item && !s.deleted) touch(s);
    }
  }
  return { blocks, clients };
}

/**
 * A Yjs update holding only `blocks`, each whole (every item ever written in it, deleted ones
 * included, under its own id), with the clocks in between filled by GC structs so that an update
 * building on the room's state applies to it without waiting. The blocks themselves are written
 * without origins: their order at the top level is not kept (the caller compares block by block).
 * `items` counts the room's items copied (the cost).
 */
export function encodeBlocks(doc: Y.Doc, blocks: Set<Y.Item>, clients: Set<number>): { update: Uint8Array; items: number } {
  const byClient = new Map<number, Y.Item[]>();
  let items = 0;
  const types: Y.AbstractType<unknown>[] = [];
  const add = (i: Y.Item) => {
    const list = byClient.get(i.id.client) ?? [];
    list.push(i);
    byClient.set(i.id.client, list);
    items++;
    if (i.content instanceof Y.ContentType) types.push(i.content.type as Y.AbstractType<unknown>);
  };
  for (const b of blocks) add(b);
  for (let type = types.pop(); type; type = types.pop()) {
    for (let i = type._start; i; i = i.right) add(i);
    // A map key's history is a chain of items (each origin is the value it replaced).
    for (const last of type._map.values()) for (let i: Y.Item | null = last; i; i = i.left) add(i);
  }

  const detached = (i: Y.Item): Y.Item => Object.create(i, { origin: { value: null }, rightOrigin: { value: null } }) as Y.Item;
  const structs: [number, (Y.Item | Y.GC)[]][] = [];
  const deleted: [number, [number, number][]][] = [];
  for (const client of new Set([...clients, ...byClient.keys()])) {
    const end = Y.getState(doc.store, client);
    if (end === 0) continue;
    const out: (Y.Item | Y.GC)[] = [];
    const gone: [number, number][] = [];
    let clock = 0;
    for (const i of (byClient.get(client) ?? []).sort((a, b) => a.id.clock - b.id.clock)) {
      if (i.id.clock > clock) out.push(new Y.GC(Y.createID(client, clock), i.id.clock - clock));
      out.push(blocks.has(i) ? detached(i) : i);
      if (i.deleted) {
        const last = gone[gone.length - 1];
        if (last && last[0] + last[1] === i.id.clock) last[1] += i.length;
        else gone.push([i.id.clock, i.length]);
      }
      clock = i.id.clock + i.length;
    }
    if (clock < end) out.push(new Y.GC(Y.createID(client, clock), end - clock));
    structs.push([client, out]);
    if (gone.length) deleted.push([client, gone]);
  }

  // Yjs update format v1: structs per client, then the delete set.
  const enc = new Y.UpdateEncoderV1();
  encoding.writeVarUint(enc.restEncoder, structs.length);
  for (const [client, out] of structs) {
    encoding.writeVarUint(enc.restEncoder, out.length);
    enc.writeClient(client);
    encoding.writeVarUint(enc.restEncoder, 0);
    for (const s of out) s.write(enc, 0);
  }
  encoding.writeVarUint(enc.restEncoder, deleted.length);
  for (const [client, ranges] of deleted) {
    enc.resetDsCurVal();
    encoding.writeVarUint(enc.restEncoder, client);
    encoding.writeVarUint(enc.restEncoder, ranges.length);
    for (const [clock, len] of ranges) {
      enc.writeDsClock(clock);
      enc.writeDsLen(len);
    }
  }
  return { update: enc.toUint8Array(), items };
}
