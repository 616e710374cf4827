import type { Room, RoomPeer } from './room';

interface Entry {
  promise: Promise<Room>;
  room: Room | null;
}

/**
 * The rooms of one server: at most one load per document, unload as soon as the last socket
 * leaves (flush, compact, free), and a new load waits for a running unload of the same document.
 */
export function createRoomRegistry(hooks: { load(documentId: string): Promise<Room>; unloaded(documentId: string): void }) {
  const entries = new Map<string, Entry>();
  const unloading = new Map<string, Promise<void>>();
  let closing = false;

  function open(documentId: string): Entry {
    const existing = entries.get(documentId);
    if (existing) return existing;
    if (closing) throw new Error('The collaboration server is shutting down.');
    const entry: Entry = { room: null, promise: Promise.resolve(null as unknown as Room) };
    entry.promise = (async () => {
      await unloading.get(documentId);
      const room = await hooks.load(documentId);
      entry.room = room;
      return room;
    })();
    entry.promise.catch(() => entries.get(documentId) === entry && entries.delete(documentId));
    entries.set(documentId, entry);
    return entry;
  }

  function unload(documentId: string, room: Room) {
    const done = room
      .unload()
      .catch((err) => console.error(`[collab] unloading ${documentId} failed`, err))
      .finally(() => {
        if (unloading.get(documentId) === done) unloading.delete(documentId);
        if (!entries.has(documentId)) hooks.unloaded(documentId);
      });
    unloading.set(documentId, done);
  }

  return {
    /** Loads (or reuses) the room and adds the peer. @throws when the load fails. */
    async join(documentId: string, peer: RoomPeer): Promise<Room> {
      for (;;) {
        const entry = open(documentId);
        const room = await entry.promise;
        if (entries.get(documentId) !== entry) continue; // unloaded meanwhile: load again
        room.join(peer);
        return room;
      }
    },
    leave(documentId: string, room: Room, peer: RoomPeer): void {
      if (!room.leave(peer)) return;
      if (entries.get(documentId)?.room !== room) return;
      entries.delete(documentId);
      unload(documentId, room);
    },
    /** Forgets a broken room without saving (its memory is ahead of the database). */
    drop(documentId: string, room: Room): void {
      if (entries.get(documentId)?.room === room) entries.delete(documentId);
    },
    /** The room once loaded, waiting for a load in progress; null when not in memory. */
    async whenLoaded(documentId: string): Promise<Room | null> {
      const entry = entries.get(documentId);
      if (!entry) return null;
      const room = await entry.promise.catch(() => null);
      return room && entries.get(documentId) === entry ? room : null;
    },
    peek: (documentId: string) => entries.get(documentId)?.room ?? null,
    all: () => [...entries.values()].flatMap((e) => (e.room ? [e.room] : [])),
    size: () => entries.size,
    /**
     * Saves and frees every room. Loads still in flight are awaited and unloaded too: the caller
     * closes the store next, and a load finishing after that would fail or hold a room forever.
     */
    async closeAll(): Promise<void> {
      closing = true;
      await Promise.all([...entries.values()].map((e) => e.promise.catch(() => null)));
      for (const [id, e] of [...entries]) {
        entries.delete(id);
        if (e.room) unload(id, e.room);
      }
      await Promise.all(unloading.values());
    },
  };
}

export type RoomRegistry = ReturnType<typeof createRoomRegistry>;
