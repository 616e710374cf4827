import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryReturn } from '@/lib/collab/memory-return';

describe('giving back the memory of unloaded rooms', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  const unload = (memory: { roomUnloaded(): void }, n: number) => {
    for (let i = 0; i < n; i++) memory.roomUnloaded();
  };

  it('collects once, when a wave of unloads has been quiet for a while', () => {
    const collect = vi.fn();
    const memory = createMemoryReturn({ collect, quietMs: 3000, minRooms: 50 });
    unload(memory, 30);
    vi.advanceTimersByTime(2000);
    unload(memory, 30); // still unloading: the wait starts again
    vi.advanceTimersByTime(2999);
    expect(collect).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(collect).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60_000);
    expect(collect).toHaveBeenCalledTimes(1);
  });

  it('leaves a few unloads to V8', () => {
    const collect = vi.fn();
    const memory = createMemoryReturn({ collect, minRooms: 50 });
    unload(memory, 49);
    vi.advanceTimersByTime(60_000);
    expect(collect).not.toHaveBeenCalled();
  });

  it('collects at most once per interval, and the later wave still gets its turn', () => {
    const collect = vi.fn();
    const memory = createMemoryReturn({ collect, quietMs: 1000, minRooms: 10, minIntervalMs: 30_000 });
    unload(memory, 10);
    vi.advanceTimersByTime(1000);
    expect(collect).toHaveBeenCalledTimes(1);
    unload(memory, 10);
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
    unload(memory, 5);
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
    memory.roomUnloaded();
    const kept = new Promise((r) => setTimeout(() => r('kept'), 5000));
    await expect(Promise.race([gone, kept])).resolves.toBeUndefined();
    expect(registry).toBeTruthy(); // held until here
    expect(garbage).toBeNull();
  });
});
