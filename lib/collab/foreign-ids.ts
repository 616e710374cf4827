import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type { CollabIdentity } from './authorize-upgrade';
import { checkUpdate } from './update-integrity';

/**
 * `update` without its structs under `foreignIds`, as an update of its own (its deletions kept:
 * deleting is not writing under an id, and the sender's rights are checked on the result).
 */
export function ownPart(update: Uint8Array, foreignIds: number[]): Uint8Array {
  const skip = new Set(foreignIds);
  const decoded = Y.decodeUpdate(update);
  const byClient = new Map<number, (Y.Item | Y.GC)[]>();
  for (const s of decoded.structs) {
    if (skip.has(s.id.client) || s instanceof Y.Skip) continue;
    const list = byClient.get(s.id.client) ?? [];
    list.push(s as Y.Item | Y.GC);
    byClient.set(s.id.client, list);
  }
  // Update format v1: structs grouped by client, then the delete set.
  const e = new Y.UpdateEncoderV1();
  encoding.writeVarUint(e.restEncoder, byClient.size);
  for (const [client, structs] of byClient) {
    encoding.writeVarUint(e.restEncoder, structs.length);
    e.writeClient(client);
    encoding.writeVarUint(e.restEncoder, structs[0]!.id.clock);
    for (const s of structs) s.write(e, 0);
  }
  encoding.writeVarUint(e.restEncoder, decoded.ds.clients.size);
  for (const [client, ranges] of decoded.ds.clients) {
    encoding.writeVarUint(e.restEncoder, client);
    encoding.writeVarUint(e.restEncoder, ranges.length);
    for (const r of ranges) {
      encoding.writeVarUint(e.restEncoder, r.clock);
      encoding.writeVarUint(e.restEncoder, r.len);
    }
  }
  return e.toUint8Array();
}

interface Part {
  update: Uint8Array;
  identity: CollabIdentity;
  at: number;
}

/** Kept at most this long (an honest sender resends everything on its next connection anyway). */
const KEEP_MS = 60_000;
/** At most this many bytes kept per room (oldest dropped first). */
const KEEP_BYTES = 4 * 1024 * 1024;

/**
 * What senders own of their refused updates (ownPart), until it can be applied. After a crash, an
 * honest client's resend holds other users' unsaved edits (refused: nobody may write under
 * another user's id) and its own edits built on them; each owner's resend brings its own part, so
 * together the parts are complete even when no single one is. Bounded in time and bytes.
 */
export class SalvagedParts {
  private parts: Part[] = [];

  add(update: Uint8Array, identity: CollabIdentity): void {
    const decoded = Y.decodeUpdate(update);
    if (decoded.structs.length === 0 && decoded.ds.clients.size === 0) return;
    const now = performance.now();
    this.parts = this.parts.filter((p) => now - p.at < KEEP_MS && !(p.identity.userId === identity.userId && equalBytes(p.update, update)));
    this.parts.push({ update, identity, at: now });
    let bytes = this.parts.reduce((n, p) => n + p.update.length, 0);
    while (bytes > KEEP_BYTES && this.parts.length > 0) bytes -= this.parts.shift()!.update.length;
  }

  /**
   * Applies what is sound now through `apply` (which checks and applies it, returning false to
   * refuse it): single parts until none is left, then all remaining parts merged. Malformed or
   * refused parts are dropped. Cost grows with the kept parts, not the document.
   */
  release(
    doc: Y.Doc,
    apply: (update: Uint8Array, decoded: ReturnType<typeof Y.decodeUpdate>, identities: CollabIdentity[]) => boolean,
  ): void {
    for (let progress = true; progress && this.parts.length > 0;) {
      progress = false;
      for (const p of [...this.parts]) {
        const decoded = Y.decodeUpdate(p.update);
        const verdict = checkUpdate(doc, decoded);
        if (verdict?.kind === 'missing') continue;
        this.parts = this.parts.filter((q) => q !== p);
        if (!verdict && apply(p.update, decoded, [p.identity])) progress = true;
      }
    }
    if (this.parts.length < 2) return;
    const merged = Y.mergeUpdates(this.parts.map((p) => p.update));
    const decoded = Y.decodeUpdate(merged);
    if (checkUpdate(doc, decoded)) return;
    const identities = [...new Map(this.parts.map((p) => [p.identity.userId, p.identity])).values()];
    this.parts = [];
    apply(merged, decoded, identities);
  }

  get size(): number {
    return this.parts.length;
  }
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return (
    a.length === b.length &&
    Buffer.compare(Buffer.from(a.buffer, a.byteOffset, a.length), Buffer.from(b.buffer, b.byteOffset, b.length)) === 0
  );
}
