import * as decoding from 'lib0/decoding';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MESSAGE } from '@/lib/collab/protocol';
import { SAVED_INTERVAL_MS, SavedTracker } from '@/lib/collab/saved-tracker';

/** A socket that records the SAVED messages it hears: [state vector bytes, durable frames]. */
function peer() {
  const heard: { vector: number[]; durable: number | undefined }[] = [];
  return {
    heard,
    send(data: Uint8Array) {
      const d = decoding.createDecoder(data);
      expect(decoding.readVarUint(d)).toBe(MESSAGE.saved);
      const vector = [...decoding.readVarUint8Array(d)];
      heard.push({ vector, durable: decoding.hasContent(d) ? decoding.readVarUint(d) : undefined });
    },
  };
}

describe('the SAVED bookkeeping of a room', () => {
  afterEach(() => vi.useRealTimers());

  it('counts a frame durable only once it and every earlier held frame are committed', () => {
    const a = peer();
    const saved = new SavedTracker(new Uint8Array([0]), () => true);
    saved.hold(a, saved.received(a)); // frame 1 waits for the database
    saved.hold(a, saved.received(a)); // frame 2 too
    expect(saved.hold(a, 2)).toBe(false); // already held
    saved.committed(new Uint8Array([1]), new Map([[a, 1]]));
    expect(a.heard).toEqual([{ vector: [1], durable: 1 }]);
    saved.settled(a); // frame 2 still waits: nothing to say
    expect(a.heard).toHaveLength(1);
  });

  it('says SAVED at most once a second per socket, the trailing one built when sent', () => {
    vi.useFakeTimers({ toFake: ['performance', 'setTimeout', 'clearTimeout'] });
    const a = peer();
    const saved = new SavedTracker(new Uint8Array([0]), () => true);
    saved.received(a);
    saved.settled(a); // a frame that changed nothing: acknowledged at once
    saved.received(a);
    saved.settled(a);
    saved.received(a);
    saved.settled(a);
    expect(a.heard).toEqual([{ vector: [0], durable: 1 }]);
    vi.advanceTimersByTime(SAVED_INTERVAL_MS);
    expect(a.heard).toEqual([
      { vector: [0], durable: 1 },
      { vector: [0], durable: 3 },
    ]);
  });

  it('tells nobody who left, and only authors', () => {
    const a = peer();
    const b = peer();
    let present = true;
    const saved = new SavedTracker(new Uint8Array([0]), () => present);
    saved.hold(a, saved.received(a));
    saved.committed(new Uint8Array([1])); // another batch (or the load): nobody to tell
    expect(a.heard).toHaveLength(0);
    present = false;
    saved.committed(new Uint8Array([2]), new Map([[a, 1]]));
    saved.forget(b);
    expect(a.heard).toHaveLength(0);
    expect(b.heard).toHaveLength(0);
    expect(saved.greeting()).toEqual(new Uint8Array([MESSAGE.saved, 1, 2]));
  });
});
