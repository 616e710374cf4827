import * as decoding from 'lib0/decoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { CollabIdentity } from './authorize-upgrade';
import type { BatchPart, BatchSource, BatchWriter } from './batch-writer';
import type { ClientClaim, DocStore, PendingUpdate } from './doc-store';
import { createAnswerThrottle } from './answer-throttle';
import { readAwarenessFrom } from './awareness-filter';
import { ClientOwners } from './client-owners';
import type { Quarantined } from './quarantine';
import { RepairRequests } from './repair-requests';
import { mentionsCraft } from './suggest-guard';
import { checkEditRights, RefusedEdit, salvageAllowed, writtenIds } from './update-admission';
import { checkUpdateLimits, DEFAULT_LIMITS, LimitExceeded, type UpdateLimits } from './update-limits';
import { CLOSE, encodeAccess, encodeFrame, MESSAGE } from './protocol';
import { documentSaved } from './saved-hook';
import { SavedTracker } from './saved-tracker';
import { createUpdateFanOut } from './update-fan-out';
import { checkUpdate } from './update-integrity';
import { ownPart, SalvagedParts } from './foreign-ids';

export { RefusedEdit };

/** One socket in a room, as the room sees it. */
export interface RoomPeer {
  identity: CollabIdentity;
  /** Awareness client ids this socket has announced (only it may change them). */
  clientIds: Set<number>;
  send(data: Uint8Array): void;
}

/** A frame that does not follow the protocol: the socket is closed with 1002. */
export class ProtocolError extends Error {}

/** Fan-out to other instances; set only with Redis (relay-wiring.ts). */
export interface RoomRelay {
  update(update: Uint8Array): void;
  awareness(update: Uint8Array): void;
}

export interface RoomOptions {
  store: DocStore;
  /** Shared by all rooms of a server: one transaction per batch window for every document. */
  writer: BatchWriter;
  /** Compact the log into the snapshot after this many appended rows. */
  compactEvery: number;
  /** Called when a save fails: the room must be dropped (its memory is ahead of the database). */
  onSaveError(err: unknown): void;
  /** What one document may hold (update-limits.ts); default DEFAULT_LIMITS. */
  limits?: UpdateLimits;
  /** Per socket, answers to repeated sync requests and awareness queries at most this often (default 1000 ms; 0 = always). */
  answerIntervalMs?: number;
  /** Told when stored parts could not be loaded and were set aside (audit + mediator, quarantine.ts). */
  onQuarantine?(q: Quarantined): Promise<void>;
}

const REMOTE = Symbol('remote');

/** Origin of an update made by the server itself on behalf of a user (e.g. released text). */
class ServerEdit {
  constructor(readonly userId: string | null) {}
}

/** A loaded document: the Yjs doc, presence, its sockets, and the batched writer. */
export class Room implements BatchSource {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly peers = new Set<RoomPeer>();
  relay: RoomRelay | null = null;
  /** Updates waiting for the writer; `update: null` marks a frame that only needs the next commit. */
  private pending: (Omit<PendingUpdate, 'update'> & { update: Uint8Array | null; peer: RoomPeer | null; frame: number })[] = [];
  /** The newest log row (doc_updates.id) this room has read from the database. */
  lastSeenId = 0;
  private closed = false;
  /** What is committed, and which frames of each socket are durable: the SAVED messages (saved-tracker.ts). */
  private readonly savedAcks = new SavedTracker<RoomPeer>(Y.encodeStateVector(this.doc), (peer) => this.peers.has(peer));
  /** Sockets whose update built on something this room lacks, asked to resend it (repair-requests.ts). */
  private readonly repairs = new RepairRequests<RoomPeer>({
    savedAcks: this.savedAcks,
    stateVector: () => Y.encodeStateVector(this.doc),
    isPresent: (peer) => !this.closed && this.peers.has(peer),
  });
  private sinceCompact = 0;
  /** Whether the document has ever held a bracket or an alternative (then writers' deletions are checked). */
  private hasCraft = false;
  /** Document updates to the sockets, merged per event-loop turn (update-fan-out.ts). */
  private readonly fanOut = createUpdateFanOut<RoomPeer>((update, except) =>
    this.broadcast(encodeFrame(MESSAGE.sync, update, syncProtocol.messageYjsUpdate), except),
  );
  /** Which user each Yjs client id (document or presence) belongs to in this room; new claims are stored with the next batch. */
  readonly owners = new ClientOwners((entries) => {
    this.claims.push(...entries);
    this.opts.writer.schedule(this);
  });
  /** Claims waiting for the writer. */
  private claims: ClientClaim[] = [];
  /** The newest doc_client_owners.seq this room has read. */
  lastOwnerSeq = 0;
  /** What the senders of refused updates own of them, waiting for the structs they build on (foreign-ids.ts). */
  private readonly salvage = new SalvagedParts();
  /** Upper bound of the encoded document size (stored parts + accepted updates), refreshed when near the limit. */
  private bytes = 0;
  /** Per socket: throttles for its sync-request and awareness-query answers. */
  private answers = new Map<
    RoomPeer,
    { sync: ReturnType<typeof createAnswerThrottle>; awareness: ReturnType<typeof createAnswerThrottle> }
  >();

  private constructor(
    readonly documentId: string,
    private readonly opts: RoomOptions,
  ) {
    this.awareness.setLocalState(null);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => this.onDocUpdate(update, origin));
    this.awareness.on('update', (change: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
      const changed = [...change.added, ...change.updated, ...change.removed];
      const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed);
      this.broadcast(encodeFrame(MESSAGE.awareness, update), null);
      if (origin !== REMOTE) this.relay?.awareness(update);
    });
  }

  /** Loads snapshot + tail. @throws when the database cannot be read: never an empty stand-in. */
  static async load(documentId: string, opts: RoomOptions): Promise<Room> {
    let room = new Room(documentId, opts);
    const store = opts.store;
    const { parts: loaded, lastId } = await store.loadState(documentId);
    room.lastSeenId = lastId;
    let parts: { id: number | 'snapshot'; update: Uint8Array }[] = loaded.map((update) => ({ id: 0, update }));
    let bad = room.applyStored(parts);
    if (bad.updateIds.length > 0 && store.loadRows) {
      // Something could not be read: read the parts again with their ids (rare), and from the whole
      // log when the snapshot itself is unreadable, setting aside what cannot be read.
      const rebuild = async (fromScratch: boolean) => {
        room.doc.destroy();
        room = new Room(documentId, opts);
        room.lastSeenId = lastId;
        parts = await store.loadRows!(documentId, fromScratch);
        return room.applyStored(parts);
      };
      bad = await rebuild(false);
      if (bad.snapshot) bad = { ...(await rebuild(true)), snapshot: true };
      const what = `${bad.updateIds.length} unreadable stored update(s)${bad.snapshot ? ' and the snapshot' : ''}`;
      console.error(`[collab] ${documentId}: set aside ${what}: ${bad.cause}`);
      await store.quarantine?.(documentId, bad.updateIds, bad.snapshot);
      await opts.onQuarantine?.(bad);
    }
    room.savedAcks.committed(Y.encodeStateVector(room.doc)); // what was loaded is stored
    room.sinceCompact = parts.length > 1 || bad.snapshot ? parts.length : 0;
    room.hasCraft = parts.some((p) => mentionsCraft(p.update));
    room.bytes = parts.reduce((n, p) => n + p.update.length, 0);
    if (store.clientOwners) {
      const { owners, lastSeq } = await store.clientOwners(documentId);
      room.owners.seed(owners);
      room.lastOwnerSeq = lastSeq;
    }
    return room;
  }

  /** Applies stored parts one by one; a part that cannot be read is skipped (Yjs reads a whole update before integrating it). */
  private applyStored(parts: { id: number | 'snapshot'; update: Uint8Array }[]): Quarantined {
    const out: Quarantined = { updateIds: [], snapshot: false, cause: '' };
    Y.transact(
      this.doc,
      () => {
        for (const p of parts) {
          try {
            Y.applyUpdate(this.doc, p.update);
          } catch (err) {
            if (p.id === 'snapshot') out.snapshot = true;
            else out.updateIds.push(p.id);
            out.cause ||= err instanceof Error ? err.message : String(err);
          }
        }
      },
      REMOTE,
    );
    return out;
  }

  /** Greets a new socket: its access, the saved state, a sync request (writers), presence. */
  join(peer: RoomPeer): void {
    this.peers.add(peer);
    peer.send(encodeAccess(peer.identity.access));
    peer.send(this.savedAcks.greeting());
    if (peer.identity.access !== 'read') {
      peer.send(encodeFrame(MESSAGE.sync, Y.encodeStateVector(this.doc), syncProtocol.messageYjsSyncStep1));
    }
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) peer.send(encodeFrame(MESSAGE.awareness, awarenessProtocol.encodeAwarenessUpdate(this.awareness, states)));
  }

  /** Removes a socket and its presence; true when the room is now empty. */
  leave(peer: RoomPeer): boolean {
    this.peers.delete(peer);
    this.repairs.forget(peer);
    this.savedAcks.forget(peer);
    if (peer.clientIds.size > 0) awarenessProtocol.removeAwarenessStates(this.awareness, [...peer.clientIds], null);
    const answers = this.answers.get(peer);
    answers?.sync.stop();
    answers?.awareness.stop();
    this.answers.delete(peer);
    return this.peers.size === 0;
  }

  /** Handles one frame from a socket. @throws ProtocolError for anything malformed. */
  receive(peer: RoomPeer, data: Uint8Array): void {
    try {
      const decoder = decoding.createDecoder(data);
      const type = decoding.readVarUint(decoder);
      if (type === MESSAGE.sync) this.receiveSync(peer, decoder);
      else if (type === MESSAGE.awareness) {
        const update = readAwarenessFrom(decoder, peer, this.peers, this.owners);
        if (update) awarenessProtocol.applyAwarenessUpdate(this.awareness, update, peer);
      } else if (type === MESSAGE.queryAwareness) {
        this.answersFor(peer).awareness.answer(() => {
          if (!this.peers.has(peer)) return;
          peer.send(
            encodeFrame(MESSAGE.awareness, awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...this.awareness.getStates().keys()])),
          );
        });
      } else throw new ProtocolError(`unknown message type ${type}`);
      if (decoder.pos !== data.length) throw new ProtocolError('trailing bytes');
    } catch (err) {
      if (err instanceof RefusedEdit || err instanceof LimitExceeded) throw err;
      throw err instanceof ProtocolError ? err : new ProtocolError(err instanceof Error ? err.message : String(err), { cause: err });
    }
  }

  private receiveSync(peer: RoomPeer, decoder: decoding.Decoder): void {
    const kind = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (kind === 0) {
      Y.decodeStateVector(payload); // validates before use
      this.answersFor(peer).sync.answer(() => {
        if (!this.peers.has(peer)) return;
        peer.send(encodeFrame(MESSAGE.sync, Y.encodeStateAsUpdate(this.doc, payload), syncProtocol.messageYjsSyncStep2));
      });
      return;
    }
    if (kind !== 1 && kind !== 2) throw new ProtocolError(`unknown sync message ${kind}`);
    this.savedAcks.received(peer);
    this.receiveUpdate(peer, payload);
    if (kind === 1) this.repaired(peer);
    this.savedAcks.settled(peer); // a frame that changed nothing is acknowledged too
  }

  private answersFor(peer: RoomPeer) {
    let a = this.answers.get(peer);
    if (!a) {
      const every = this.opts.answerIntervalMs ?? 1000;
      a = { sync: createAnswerThrottle(every, 2), awareness: createAnswerThrottle(every, 1) };
      this.answers.set(peer, a);
    }
    return a;
  }

  private receiveUpdate(peer: RoomPeer, payload: Uint8Array): void {
    if (peer.identity.access === 'read') return; // read-only on the socket: dropped, not an error
    // Full decode first (linear in the ≤1 MiB payload): a malformed update is refused whole,
    // never half-applied to the room.
    let decoded = Y.decodeUpdate(payload);
    const unsound = checkUpdate(this.doc, decoded);
    if (unsound?.kind === 'malformed') throw new ProtocolError(`unsound update: ${unsound.reason}`);
    if (unsound) return this.repairs.ask(peer);
    const foreign = writtenIds(this.doc, decoded).filter((id) => !this.owners.mayUse([id], peer.identity.userId));
    if (foreign.length > 0) {
      // Structs under a client id another user first used here are never applied, whether that
      // user is here or away (the takeover: the victim's next or offline edits would collide).
      // A frame with nothing of the sender's own is refused (4531, retryable). Otherwise it is an
      // honest resend after a crash or failover (its client had received other users' unsaved
      // edits): only the sender's own part goes on, and if that builds on the refused structs it
      // is kept until their owners resend them (salvage), the frame held and asked for again.
      payload = ownPart(payload, foreign);
      decoded = Y.decodeUpdate(payload);
      if (decoded.structs.length === 0) {
        throw new LimitExceeded(CLOSE.foreignClientId, 'Edits under another person’s editor id were refused; retrying shortly.');
      }
      if (checkUpdate(this.doc, decoded)) {
        this.salvageOwnPart(peer, payload);
        return this.repairs.ask(peer);
      }
    }
    // What a hostile member could do with a well-formed update of its own ids, checked before it
    // touches the room: limits (so it can be stored and loaded again), then its rights.
    const limits = this.opts.limits ?? DEFAULT_LIMITS;
    checkUpdateLimits(this.doc, decoded, limits);
    this.checkDocumentSize(payload, limits);
    const written = writtenIds(this.doc, decoded);
    checkEditRights(this.doc, decoded, payload, peer.identity, this.hasCraft);
    Y.applyUpdate(this.doc, payload, peer);
    if (this.salvage.size > 0) this.releaseSalvaged(); // kept parts may have waited for exactly this
    // Only ids this socket announced as its own (its awareness slot is its doc's client id): a
    // catch-up after a failover also carries other users' unsaved edits, whose ids are not its to claim.
    this.owners.claim(
      written.filter((id) => peer.clientIds.has(id)),
      peer.identity.userId,
    );
    this.bytes += payload.length;
  }

  /** @throws LimitExceeded (1009) when the update would grow the document beyond its limit. */
  private checkDocumentSize(payload: Uint8Array, limits: UpdateLimits): void {
    if (this.bytes + payload.length <= limits.documentBytes) return;
    this.bytes = Y.encodeStateAsUpdate(this.doc).length; // exact again (deletions shrink it); rare
    if (this.bytes + payload.length > limits.documentBytes) {
      throw new LimitExceeded(CLOSE.tooBig, `The document may not grow beyond ${limits.documentBytes} bytes.`);
    }
  }

  /**
   * Keeps the sender's own part of a resend that builds on refused structs, then applies every
   * kept part that is now sound: alone (attributed to its sender, checked like its sender's
   * update), or all together when they only build on each other (after a crash, clients that
   * appended to each other's unsaved text; checked against every contributor's rights).
   */
  private salvageOwnPart(peer: RoomPeer, own: Uint8Array): void {
    this.salvage.add(own, peer.identity);
    this.releaseSalvaged();
  }

  private releaseSalvaged(): void {
    this.salvage.release(this.doc, (update, decoded, identities) => {
      if (!salvageAllowed(this.doc, update, decoded, identities, this.opts.limits ?? DEFAULT_LIMITS)) return false;
      Y.applyUpdate(this.doc, update, new ServerEdit(identities.length === 1 ? identities[0]!.userId : null));
      this.bytes += update.length;
      return true;
    });
  }

  /** Client-id claims stored by another instance since this room last looked (catch-up). */
  seedOwners(owners: ClientClaim[], lastSeq: number): void {
    this.owners.seed(owners);
    this.lastOwnerSeq = Math.max(this.lastOwnerSeq, lastSeq);
  }

  /** Applies an update relayed from another instance (already persisted there). */
  applyRemote(update: Uint8Array): void {
    if (!this.closed) Y.applyUpdate(this.doc, update, REMOTE);
  }

  /** Applies log rows read from the database (committed, maybe by another instance), in order. */
  applyCommitted(rows: { id: number; update: Uint8Array }[]): void {
    const fresh = rows.filter((r) => r.id > this.lastSeenId);
    if (this.closed || fresh.length === 0) return;
    Y.transact(
      this.doc,
      () => {
        for (const r of fresh) {
          try {
            Y.applyUpdate(this.doc, r.update);
          } catch (err) {
            // Unreadable rows are set aside when a room loads; here one must not stall the rest.
            console.error(`[collab] ${this.documentId}: skipped unreadable log row ${r.id}`, err);
          }
        }
      },
      REMOTE,
    );
    this.lastSeenId = fresh[fresh.length - 1]!.id;
  }

  /** Presence of this instance's own sockets (to re-announce to the others after a relay outage). */
  localAwareness(): Uint8Array | null {
    const ids = [...this.peers].flatMap((p) => [...p.clientIds]).filter((id) => this.awareness.getStates().has(id));
    return ids.length > 0 ? awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids) : null;
  }

  /** A sync step 2 from a socket with a dropped frame holds everything it had: durable with its commit. */
  private repaired(peer: RoomPeer): void {
    const frame = this.repairs.resent(peer);
    if (frame === null) return;
    this.pending.push({ update: null, userId: peer.identity.userId, peer, frame });
    this.opts.writer.schedule(this);
  }

  /** Applies an update made on the server for `userId`: broadcast and saved like a client's. */
  applyServerUpdate(update: Uint8Array, userId: string | null): void {
    Y.applyUpdate(this.doc, update, new ServerEdit(userId));
  }

  /** Applies presence relayed from another instance. */
  applyRemoteAwareness(update: Uint8Array): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, REMOTE);
  }

  private onDocUpdate(update: Uint8Array, origin: unknown): void {
    if (!this.hasCraft && mentionsCraft(update)) this.hasCraft = true;
    const from = this.peers.has(origin as RoomPeer) ? (origin as RoomPeer) : null;
    this.fanOut(update, from);
    if (origin === REMOTE) return;
    const userId = from?.identity.userId ?? (origin instanceof ServerEdit ? origin.userId : null);
    const frameNo = from ? this.savedAcks.lastFrame(from) : 0;
    if (from) this.savedAcks.hold(from, frameNo);
    this.pending.push({ update, userId, peer: from, frame: frameNo });
    this.opts.writer.schedule(this);
  }

  /** Cuts the pending batch for the shared writer; the vector covers it and every batch before. */
  take(): BatchPart | null {
    if (this.pending.length === 0 && this.claims.length === 0) return null;
    const batch = this.pending;
    this.pending = [];
    const claims = this.claims;
    this.claims = [];
    const vector = Y.encodeStateVector(this.doc);
    // Each author's newest frame in this batch: once committed, it and every earlier one are durable.
    const authors = new Map<RoomPeer, number>();
    for (const b of batch) if (b.peer) authors.set(b.peer, b.frame);
    const rows = mergeByUser(batch.filter((b): b is PendingUpdate & (typeof batch)[number] => b.update !== null));
    return {
      documentId: this.documentId,
      rows,
      claims,
      committed: () => {
        // Relayed only once committed: another instance never holds (or builds on) an edit that
        // could still be lost with this one.
        if (rows.length > 0) this.relay?.update(rows.length === 1 ? rows[0]!.update : Y.mergeUpdates(rows.map((r) => r.update)));
        this.savedAcks.committed(vector, authors);
        if (batch.length > 0)
          documentSaved(
            this.documentId,
            batch.map((b) => b.userId),
          );
        this.sinceCompact += batch.length;
        if (this.sinceCompact < this.opts.compactEvery) return;
        this.sinceCompact = 0;
        this.opts.store.compact(this.documentId).catch((err) => console.error(`[collab] compaction of ${this.documentId} failed`, err));
      },
      failed: (err) => this.opts.onSaveError(err),
    };
  }

  /** Writes what is pending now. */
  flush(): Promise<void> {
    return this.opts.writer.flush();
  }

  /** The state vector of everything known to be committed. */
  get saved(): Uint8Array {
    return this.savedAcks.saved;
  }

  /** Saves what is pending, folds the log into a snapshot and frees the memory. */
  async unload(): Promise<void> {
    try {
      await this.flush();
      if (this.sinceCompact > 0) await this.opts.store.compact(this.documentId);
    } finally {
      this.savedAcks.stop();
      this.closed = true;
      for (const a of this.answers.values()) {
        a.sync.stop();
        a.awareness.stop();
      }
      this.answers.clear();
      this.awareness.destroy();
      this.doc.destroy();
    }
  }

  broadcast(data: Uint8Array, except: RoomPeer | null): void {
    for (const p of this.peers) if (p !== except) p.send(data);
  }
}

/** Consecutive updates of one user become one row (fewer rows, attribution kept). */
function mergeByUser(batch: PendingUpdate[]): PendingUpdate[] {
  const out: { userId: string | null; parts: Uint8Array[] }[] = [];
  for (const u of batch) {
    const last = out[out.length - 1];
    if (last && last.userId === u.userId) last.parts.push(u.update);
    else out.push({ userId: u.userId, parts: [u.update] });
  }
  return out.map((g) => ({ userId: g.userId, update: g.parts.length === 1 ? g.parts[0]! : Y.mergeUpdates(g.parts) }));
}
