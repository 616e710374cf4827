import * as Y from 'yjs';

/**
 * Document updates for a room's sockets, sent once per event-loop turn: the updates applied in
 * one turn (a burst read from the sockets at once, a backlog after a stall) go out as ONE merged
 * update per socket instead of one per update. With hundreds of sockets in a room the sends are
 * the server's main cost (`npm run bench` (e): 500 clients, the writes to the sockets were most
 * of the CPU), so a server that fell behind catches up instead of falling further behind. A lone
 * update leaves at the end of the turn it arrived in, before any timer: no added wait.
 * The merged update goes to everyone except the author when all of it comes from one socket; an
 * author whose update was merged with others' gets its own back too (Yjs skips what it has).
 */
export function createUpdateFanOut<Peer>(
  send: (update: Uint8Array, except: Peer | null) => void,
): (update: Uint8Array, from: Peer | null) => void {
  let queued: { update: Uint8Array; from: Peer | null }[] = [];
  const flush = () => {
    const batch = queued;
    queued = [];
    const from = batch.every((b) => b.from === batch[0]!.from) ? batch[0]!.from : null;
    send(batch.length === 1 ? batch[0]!.update : Y.mergeUpdates(batch.map((b) => b.update)), from);
  };
  return (update, from) => {
    if (queued.length === 0) setImmediate(flush);
    queued.push({ update, from });
  };
}
