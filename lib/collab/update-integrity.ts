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
  const verdict = checkUpdate(doc, decoded);
  return verdict && verdict.reason;
}

/**
 * Why an update cannot be applied: `missing` when it is well formed but builds on items (or a
 * client's earlier clocks) the server does not have — the sender does have them, so the server
 * asks for them (sync step 1) instead of closing; `malformed` for anything no client can repair.
 * @returns null when the update is sound.
 */
export function checkUpdate(
  doc: Y.Doc,
  decoded: ReturnType<typeof Y.decodeUpdate>,
): { kind: 'missing' | 'malformed'; reason: string } | null {
  const missing = (reason: string) => ({ kind: 'missing' as const, reason });
  const malformed = (reason: string) => ({ kind: 'malformed' as const, reason });
  const end = new Map<number, number>(); // per client: the clock after this update's last struct
  const inRange = (client: number) => client >= 0 && client < MAX_CLIENT;
  const known = (id: Y.ID | null) => id === null || id.clock < Math.max(Y.getState(doc.store, id.client), end.get(id.client) ?? 0);
  for (const s of decoded.structs) {
    if (s instanceof Y.Skip) return malformed('the update has gaps');
    const { client, clock } = s.id;
    if (!inRange(client)) return malformed('client id out of range');
    const previous = end.get(client);
    if (previous !== undefined && clock !== previous) return malformed('clocks of one client are not contiguous within the update');
    if (previous === undefined && clock > Y.getState(doc.store, client)) return missing('clocks of one client are not contiguous');
    end.set(client, clock + s.length);
  }
  for (const s of decoded.structs) {
    if (!(s instanceof Y.Item)) continue;
    for (const ref of [s.origin, s.rightOrigin, s.parent instanceof Y.ID ? s.parent : null]) {
      if (ref === null) continue;
      if (!inRange(ref.client)) return malformed('refers to an id out of range');
      if (ref.client === s.id.client && ref.clock >= s.id.clock) return malformed('refers to a later item of its own client');
      if (!known(ref)) return missing(ref === s.parent ? 'refers to an unknown parent' : 'refers to an unknown item');
    }
  }
  for (const [client, ranges] of decoded.ds.clients) {
    if (!inRange(client)) return malformed('deletes an id out of range');
    const limit = Math.max(Y.getState(doc.store, client), end.get(client) ?? 0);
    for (const r of ranges) if (r.clock + r.len > limit) return missing('deletes unknown items');
  }
  return null;
}
