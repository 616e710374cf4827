import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryReturn, type MemoryReturn } from '@/lib/collab/memory-return';

describe('giving back the memory of unloaded rooms', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  /** The server's room count going from `from` to `to`, one load or unload at a time. */
  const go = (memory: MemoryReturn, from: number, to: number) => {
    for (let n = from; n !== to; n += Math.sign(to - from)) memory.roomsNow(n + Math.sign(to - from));
  };

  it('collects once, when the rooms fell by a wave and it has been quiet for a while', () => {
    const collect = vi.fn();
    const memory = createMemoryReturn({ collect, quietMs: 3000, minRooms: 50 });
    go(memory, 0, 100);
    go(memory, 100, 70);
    vi.advanceTimersByTime(10_000);
    expect(collect).not.toHaveBeenCalled(); // 30 fewer: not a wave
    go(memory, 70, 40);
    vi.advanceTimersByTime(2000);
    go(memory, 40, 0); // still unloading: the wait starts again
    vi.advanceTimersByTime(2999);
    expect(collect).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(collect).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60_000);
    expect(collect).toHaveBeenCalledTimes(1);
  });

  it('leaves rooms that come and go one at a time to V8', () => {
    const collect = vi.fn();
    const memory = createMemoryReturn({ collect, minRooms: 50 });
    for (let i = 0; i < 500; i++) {
      go(memory, 0, 3);
      go(memory, 3, 0);
    }
    vi.advanceTimersByTime(60_000);
    expect(collect).not.toHaveBeenCalled();
  });

  it('does not collect when the rooms came back before the wait was over', () => {
    const collect = vi.fn();
    const memory = createMemoryReturn({ collect, quietMs: 1000, minRooms: 10 });
    go(memory, 0, 20);
    go(memory, 20, 5);
    go(memory, 5, 18);
    vi.advanceTimersByTime(5000);
    expect(collect).not.toHaveBeenCalled();
  });

  it('collects at most once per interval, and the later wave still gets its turn', () => {
    const collect = vi.fn();
    const memory = createMemoryReturn({ collect, quietMs: 1000, minRooms: 10, minIntervalMs: 30_000 });
    go(memory, 0, 10);
    go(memory, 10, 0);
    vi.advanceTimersByTime(1000);
    expect(collect).toHaveBeenCalledTimes(1);
    go(memory, 0, 10);
    go(memory, 10, 0);
    vi.advanceTimersByTime(1000);
    expect(collect).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(28_999); // 30 s after the first collection
    expect(collect).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(collect).toHaveBeenCalledTimes(2);
  });

  it('does nothing once stopped', () => {
    const collect = vi.fn();
    const memory = createMemoryReturn({ collect, quietMs: 1000, minRooms: 1 });
    go(memory, 0, 5);
    go(memory, 5, 0);
    memory.stop();
    vi.advanceTimersByTime(10_000);
    expect(collect).not.toHaveBeenCalled();
  });

  it('by default runs V8’s collection, which frees what nothing holds', async () => {
    vi.useRealTimers();
    const memory = createMemoryReturn({ quietMs: 10, minRooms: 1 });
    let resolveGone!: () => void;
    const gone = new Promise<void>((resolve) => (resolveGone = resolve));
    const registry = new FinalizationRegistry(() => resolveGone());
    let garbage: object | null = Array.from({ length: 50_000 }, (_, i) => ({ i }));
    registry.register(garbage, undefined);
    garbage = null;
    memory.roomsNow(1);
    memory.roomsNow(0);
    const kept = new Promise((r) => setTimeout(() => r('kept'), 5000));
    await expect(Promise.race([gone, kept])).resolves.toBeUndefined();
    expect(registry).toBeTruthy(); // held until here
  });
});
