import type { DocStore } from './doc-store';
import type { Room } from './room';

/**
 * Keeps the rooms of one instance level with the database when other instances write the same
 * documents: every `intervalMs` (and at once on request, e.g. when Redis returns) it asks for the
 * newest log row of each loaded document and applies the rows it has not read yet. The Redis relay
 * is the fast path; this is what makes a lost relay message (an outage, an instance killed between
 * its commit and its publish) cost seconds instead of a divergence until the room reloads.
 * Cost: one grouped index lookup per interval, plus the rows written meanwhile.
 */
export function createCatchUp(opts: { store: DocStore; rooms: () => Room[]; intervalMs: number }) {
  let running: Promise<void> | null = null;
  let again = false;
  let failing = false; // one log line per database outage, not one per pass

  async function pass(): Promise<void> {
    const rooms = opts.rooms();
    if (rooms.length === 0) return;
    const latest = await opts.store.latestIds(rooms.map((r) => r.documentId));
    for (const room of rooms) {
      if ((latest.get(room.documentId) ?? 0) <= room.lastSeenId) continue;
      room.applyCommitted(await opts.store.readSince(room.documentId, room.lastSeenId));
      // Claims are stored with the rows they came with: new rows may bring new owners.
      if (opts.store.clientOwners) {
        const { owners, lastSeq } = await opts.store.clientOwners(room.documentId, room.lastOwnerSeq);
        room.seedOwners(owners, lastSeq);
      }
    }
  }

  function now(): Promise<void> {
    if (running) {
      again = true; // a request during a pass gets a pass of its own
      return running;
    }
    running = pass()
      .then(() => void (failing = false))
      .catch((err) => {
        if (!failing) console.error('[collab] catching up with the database failed (retrying every pass)', err);
        failing = true;
      })
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          void now();
        }
      });
    return running;
  }

  const timer = opts.intervalMs > 0 ? setInterval(() => void now(), opts.intervalMs) : null;
  timer?.unref();
  return {
    /** Runs a pass now (or right after the running one). */
    now,
    stop: () => timer && clearInterval(timer),
  };
}
