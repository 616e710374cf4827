import * as syncProtocol from 'y-protocols/sync';
import { encodeFrame, MESSAGE } from './protocol';
import type { SavedPeer, SavedTracker } from './saved-tracker';

/** How often a socket whose frame is held is asked again for what the room lacks (sync step 1). */
export const REPAIR_ASK_MS = 1000;

/** A socket whose frame is held until it resends what the frame built on. */
interface Repair {
  askedAt: number;
  held: boolean;
  /** The socket's frame count at the last frame dropped for missing structs. */
  dropped: number;
  retry: NodeJS.Timeout | null;
}

/** What the requests need of their room. */
export interface RepairRoom<Peer extends SavedPeer> {
  /** The room's SAVED bookkeeping: a dropped frame is held there until it is repaired. */
  readonly savedAcks: SavedTracker<Peer>;
  /** The room's state vector now (what a sync step 1 asks against). */
  stateVector(): Uint8Array;
  /** Whether the socket is still in an open room. */
  isPresent(peer: Peer): boolean;
}

/**
 * Updates that build on items (or earlier clocks) the room lacks: another instance died before
 * committing them, or the relay dropped them. The sender has them, so its update is dropped and it
 * is asked for everything the room lacks (sync step 1; at most once a second per socket) instead of
 * being closed, which would only repeat on every reconnect. The frame counts as not yet durable
 * until a sync step 2 from the socket (which covers it) is committed.
 */
export class RepairRequests<Peer extends SavedPeer> {
  private readonly repairs = new WeakMap<Peer, Repair>();

  constructor(private readonly room: RepairRoom<Peer>) {}

  /** `peer`'s newest frame was dropped for missing structs: hold it and ask for them. */
  ask(peer: Peer): void {
    const repair = this.repairs.get(peer) ?? { askedAt: -Infinity, held: false, dropped: 0, retry: null };
    this.repairs.set(peer, repair);
    repair.dropped = this.room.savedAcks.lastFrame(peer);
    if (!repair.held) {
      repair.held = true;
      this.room.savedAcks.hold(peer, repair.dropped);
    }
    this.armRetry(peer, repair);
    if (performance.now() - repair.askedAt < REPAIR_ASK_MS) return;
    this.askAgain(peer, repair);
  }

  /**
   * A sync step 2 from `peer` holds everything it had. Returns the frame that becomes durable with
   * the next commit when that step changed nothing itself (otherwise its update is pending already),
   * or null.
   */
  resent(peer: Peer): number | null {
    const repair = this.repairs.get(peer);
    const frame = this.room.savedAcks.lastFrame(peer);
    if (!repair?.held || repair.dropped === frame) return null;
    repair.held = false;
    return this.room.savedAcks.hold(peer, frame) ? frame : null;
  }

  /** The socket left. */
  forget(peer: Peer): void {
    const repair = this.repairs.get(peer);
    if (repair?.retry) clearTimeout(repair.retry);
  }

  private askAgain(peer: Peer, repair: Repair): void {
    repair.askedAt = performance.now();
    peer.send(encodeFrame(MESSAGE.sync, this.room.stateVector(), syncProtocol.messageYjsSyncStep1));
  }

  /**
   * While a socket's frame is held, it is asked again every REPAIR_ASK_MS even if it sends nothing
   * more: what the frame lacked may arrive from another socket (after a failover each writer's resend
   * can build on the other's, which is the other's to resend), and only the held socket's next sync
   * step 2 makes its frame durable. Without this a writer that had stopped typing never heard Saved.
   */
  private armRetry(peer: Peer, repair: Repair): void {
    if (repair.retry) return;
    repair.retry = setTimeout(() => {
      repair.retry = null;
      if (!repair.held || !this.room.isPresent(peer)) return;
      if (performance.now() - repair.askedAt >= REPAIR_ASK_MS) this.askAgain(peer, repair);
      this.armRetry(peer, repair);
    }, REPAIR_ASK_MS);
  }
}
