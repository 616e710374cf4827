import * as Y from 'yjs';

const MAX_CLIENT = 2 ** 32; // Yjs client ids are uint32

/**
 * Refuses a decoded client update that Yjs would accept but that cannot converge: one that names
 * items the server does not have (it would wait as "pending" and later integrate differently
 * on each replica), ids outside Yjs's range, gaps or overlaps in a client's clocks, or references
 * to a later clock of the same client. Found by the fuzz test: bit-flipped updates that decode
 * fine left the room in a state that a fresh client replayed differently. Legitimate clients
 * never send such updates: over an ordered socket everything they build on is already known.
 * Cost: linear in the update (state lookups are per client), not in the document.
 * @returns a reason, or null when the update is sound.
 */
export function unsoundUpdateReason(doc: Y.Doc, decoded: ReturnType<typeof Y.decodeUpdate>): string | null {
  const end = new Map<number, number>(); // per client: the clock after this update's last struct
  const known = (id: Y.ID | null, self?: Y.ID) => {
    if (id === null) return true;
    if (!(id.client >= 0 && id.client < MAX_CLIENT)) return false;
    if (self && id.client === self.client) return id.clock < self.clock;
    return id.clock < Math.max(Y.getState(doc.store, id.client), end.get(id.client) ?? 0);
  };
  for (const s of decoded.structs) {
    if (s instanceof Y.Skip) return 'the update has gaps';
    const { client, clock } = s.id;
    if (!(client >= 0 && client < MAX_CLIENT)) return 'client id out of range';
    const expected = end.get(client) ?? Math.min(clock, Y.getState(doc.store, client));
    if (clock !== expected) return 'clocks of one client are not contiguous';
    end.set(client, clock + s.length);
  }
  for (const s of decoded.structs) {
    if (!(s instanceof Y.Item)) continue;
    if (!known(s.origin, s.id) || !known(s.rightOrigin, s.id)) return 'refers to an unknown item';
    if (s.parent instanceof Y.ID && !known(s.parent, s.id)) return 'refers to an unknown parent';
  }
  for (const [client, ranges] of decoded.ds.clients) {
    if (!(client >= 0 && client < MAX_CLIENT)) return 'deletes an id out of range';
    const limit = Math.max(Y.getState(doc.store, client), end.get(client) ?? 0);
    for (const r of ranges) if (r.clock + r.len > limit) return 'deletes unknown items';
  }
  return null;
}
