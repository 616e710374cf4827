import { describe, expect, it } from 'vitest';
import type { Room, RoomPeer } from '@/lib/collab/room';
import { createRoomRegistry } from '@/lib/collab/room-registry';

/** Just enough of a Room for the registry: it records unloads. */
function fakeRoom(log: string[], id: string): Room {
  const peers = new Set<RoomPeer>();
  return {
    join: (p: RoomPeer) => void peers.add(p),
    leave: (p: RoomPeer) => peers.delete(p) && peers.size === 0,
    unload: async () => void log.push(`unload ${id}`),
  } as unknown as Room;
}

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('room registry: closing', () => {
  it('waits for a load in flight and unloads that room before it returns (the store closes next)', async () => {
    const log: string[] = [];
    const loading = deferred<Room>();
    const rooms = createRoomRegistry({ load: () => loading.promise, unloaded: (id) => log.push(`unloaded ${id}`) });
    const joined = rooms.join('d1', {} as RoomPeer);
    const closed = rooms.closeAll().then(() => log.push('closed'));
    await new Promise((r) => setImmediate(r)); // every pending microtask has run
    expect(log).toEqual([]); // still loading: closeAll has not returned
    loading.resolve(fakeRoom(log, 'd1'));
    await closed;
    await joined;
    expect(log).toEqual(['unload d1', 'unloaded d1', 'closed']);
  });

  it('refuses to load a room once closing has begun', async () => {
    const loads: string[] = [];
    const rooms = createRoomRegistry({
      load: async (id) => (loads.push(id), fakeRoom([], id)),
      unloaded: () => {},
    });
    await rooms.closeAll();
    await expect(rooms.join('d2', {} as RoomPeer)).rejects.toThrow(/shutting down/);
    expect(loads).toEqual([]);
  });

  it('a load that fails while closing does not stop the close', async () => {
    const loading = deferred<Room>();
    const rooms = createRoomRegistry({ load: () => loading.promise, unloaded: () => {} });
    const joined = rooms.join('d3', {} as RoomPeer).catch((e: Error) => e.message);
    const closed = rooms.closeAll();
    loading.resolve(Promise.reject(new Error('store gone')) as unknown as Room);
    await expect(closed).resolves.toBeUndefined();
    expect(await joined).toBe('store gone');
  });
});
