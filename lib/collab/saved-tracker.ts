import { encodeSaved } from './protocol';

/**
 * A socket hears SAVED at most this often: the first after a quiet spell at once, later ones
 * gathered into one trailing message. A typist at 2 edits/s would otherwise get a SAVED per edit,
 * one more send for every edit (measured: +25% sends in many small rooms); "Saved" shows at
 * most this much after the commit and never before it.
 */
export const SAVED_INTERVAL_MS = 1000;

/** What the tracker needs of a socket: a way to send. */
export interface SavedPeer {
  send(data: Uint8Array): void;
}

interface PeerState {
  /** Document frames (sync step 2 / update) received from this socket so far. */
  frames: number;
  /** Numbers of its frames whose updates wait for the database, oldest first. */
  uncommitted: number[];
  /** When it last heard SAVED, and the trailing SAVED waiting to be sent. */
  at: number;
  timer: NodeJS.Timeout | null;
}

/**
 * A room's SAVED bookkeeping: the state vector known to be committed, and per socket which of its
 * document frames are durable. A state vector cannot show a deletion (deleting moves no clock),
 * the frame count can, so a client's "Saved" needs both (protocol.ts, encodeSaved). Frames are
 * numbered as they arrive; a frame whose update waits for the database (or was dropped until the
 * socket resends what it built on) is held, and all frames before the oldest held one are durable.
 */
export class SavedTracker<Peer extends SavedPeer> {
  private readonly peers = new Map<Peer, PeerState>();

  /** `isPresent`: whether the socket is still in the room (a SAVED is never sent after it left). */
  constructor(
    private vector: Uint8Array,
    private readonly isPresent: (peer: Peer) => boolean,
  ) {}

  /** The state vector of everything known to be committed. */
  get saved(): Uint8Array {
    return this.vector;
  }

  /** The SAVED a socket hears when it joins: the committed vector, without a frame count. */
  greeting(): Uint8Array {
    return encodeSaved(this.vector);
  }

  /** Counts a document frame from `peer`; returns its number. */
  received(peer: Peer): number {
    return ++this.stateOf(peer).frames;
  }

  /** The number of the newest document frame from `peer` (0 before any). */
  lastFrame(peer: Peer): number {
    return this.peers.get(peer)?.frames ?? 0;
  }

  /** Marks `frame` of `peer` as not yet durable; false when it already is the newest held frame. */
  hold(peer: Peer, frame: number): boolean {
    const { uncommitted } = this.stateOf(peer);
    if (uncommitted[uncommitted.length - 1] === frame) return false;
    uncommitted.push(frame);
    return true;
  }

  /**
   * A frame that changed nothing (dropped, or already known) is as durable as it will get: say so
   * (at once, or with the trailing SAVED) if nothing else of this socket is waiting, so its
   * "Saving…" does not linger.
   */
  settled(peer: Peer): void {
    if (this.stateOf(peer).uncommitted.length === 0) this.tell(peer);
  }

  /**
   * A batch is committed: `vector` covers it and every batch before; `authors` maps each socket
   * to its newest frame in the batch, which with every earlier one is now durable. Only authors
   * hear it: a client's "Saved" is about its own edits (its own client id and the frames it
   * sent), so nobody else needs a SAVED — that fan-out cost ~40% more sends when many small
   * rooms are busy.
   */
  committed(vector: Uint8Array, authors: ReadonlyMap<Peer, number> = new Map()): void {
    this.vector = vector;
    for (const [peer, frame] of authors) {
      const state = this.peers.get(peer);
      if (!state) continue; // left meanwhile: nobody to tell
      while (state.uncommitted.length && state.uncommitted[0]! <= frame) state.uncommitted.shift();
      if (this.isPresent(peer)) this.tell(peer);
    }
  }

  /** Forgets a socket that left (and its trailing SAVED). */
  forget(peer: Peer): void {
    const state = this.peers.get(peer);
    if (state?.timer) clearTimeout(state.timer);
    this.peers.delete(peer);
  }

  /** Forgets every socket (the room unloads). */
  stop(): void {
    for (const peer of [...this.peers.keys()]) this.forget(peer);
  }

  private stateOf(peer: Peer): PeerState {
    let state = this.peers.get(peer);
    if (!state) {
      state = { frames: 0, uncommitted: [], at: -Infinity, timer: null };
      this.peers.set(peer, state);
    }
    return state;
  }

  /** Sends `peer` what is durable, now or (throttled) shortly; the message is built when sent. */
  private tell(peer: Peer): void {
    const state = this.stateOf(peer);
    if (state.timer) return; // the trailing one will carry the newest state
    const send = () => {
      state.timer = null;
      state.at = performance.now();
      if (this.isPresent(peer)) peer.send(encodeSaved(this.vector, durableFrames(state)));
    };
    const wait = state.at + SAVED_INTERVAL_MS - performance.now();
    if (wait <= 0) send();
    else state.timer = setTimeout(send, wait);
  }
}

/** How many of a socket's document frames are durable: all before its oldest uncommitted one. */
const durableFrames = (state: PeerState) => (state.uncommitted.length ? state.uncommitted[0]! - 1 : state.frames);
