import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { ClientOwners } from './client-owners';
import { CLOSE } from './protocol';
import { LimitExceeded } from './update-limits';
import type { RoomPeer } from './room';

/** At most this many awareness client ids per socket (one per tab is normal). */
const MAX_CLIENT_IDS = 4;
/**
 * At most this many characters of JSON per awareness state (a cursor and the server-set user are
 * a few hundred). Every joiner and every awareness query receives all states: 16 KiB × 8 ids made
 * a 1-byte query cost 1.29 MB with 10 people present.
 */
const MAX_STATE_CHARS = 2_048;

/**
 * Reads an awareness update from a socket and rewrites it so identity comes from the session:
 * every state's `user` is replaced by the server's view of the person, and a socket may only
 * touch client ids that no other socket in the room owns and no other user has used in it. Returns null when nothing is left.
 * @throws on malformed input (the caller closes the socket with 1002).
 */
export function readAwarenessFrom(
  decoder: decoding.Decoder,
  peer: RoomPeer,
  peers: Iterable<RoomPeer>,
  owners?: ClientOwners,
): Uint8Array | null {
  const inner = decoding.createDecoder(decoding.readVarUint8Array(decoder));
  const count = decoding.readVarUint(inner);
  if (count > MAX_CLIENT_IDS) throw new Error('too many awareness states');
  const out = encoding.createEncoder();
  const kept: [number, number, string][] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(inner);
    const clock = decoding.readVarUint(inner);
    const json = decoding.readVarString(inner);
    if (json.length > MAX_STATE_CHARS)
      throw new LimitExceeded(CLOSE.tooBig, `A presence state may hold at most ${MAX_STATE_CHARS} characters.`);
    const state: unknown = JSON.parse(json);
    if (state !== null && (typeof state !== 'object' || Array.isArray(state))) throw new Error('awareness state must be an object');
    if (!peer.clientIds.has(clientId)) {
      // Another socket's slot, or one a different user used before (also after they left): not yours.
      if (isOwnedByOther(clientId, peer, peers) || (owners && !owners.mayUse([clientId], peer.identity.userId))) continue;
      if (peer.clientIds.size >= MAX_CLIENT_IDS) throw new Error('too many awareness client ids');
      if (state === null) continue;
      peer.clientIds.add(clientId);
      owners?.claim([clientId], peer.identity.userId);
    }
    const forced = state === null ? null : { ...(state as Record<string, unknown>), user: peer.identity.user };
    kept.push([clientId, clock, JSON.stringify(forced)]);
  }
  if (inner.pos !== inner.arr.length) throw new Error('trailing bytes in awareness update');
  if (kept.length === 0) return null;
  encoding.writeVarUint(out, kept.length);
  for (const [clientId, clock, json] of kept) {
    encoding.writeVarUint(out, clientId);
    encoding.writeVarUint(out, clock);
    encoding.writeVarString(out, json);
  }
  return encoding.toUint8Array(out);
}

function isOwnedByOther(clientId: number, peer: RoomPeer, peers: Iterable<RoomPeer>): boolean {
  for (const p of peers) if (p !== peer && p.clientIds.has(clientId)) return true;
  return false;
}
