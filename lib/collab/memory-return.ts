import v8 from 'node:v8';
import vm from 'node:vm';

export interface MemoryReturnOptions {
  /** Collect this long after the last unload of a wave (default 3 s). */
  quietMs?: number;
  /** Only after at least this many rooms unloaded since the last collection (default 50). */
  minRooms?: number;
  /** At most one collection this often (default 30 s). */
  minIntervalMs?: number;
  /** The collection itself (tests); default V8's most thorough one. */
  collect?: () => void;
}

export interface MemoryReturn {
  /** A room was unloaded. */
  roomUnloaded(): void;
  stop(): void;
}

/**
 * V8's most thorough collection (the gc extension's "last-resort" flavour: collections that also
 * shrink the heap and hand its free pages back; a plain one freed the objects but kept the pages),
 * without `--expose-gc` on every command line that starts a server: the flag set at run time
 * exposes `gc` to new contexts only, so no dependency sees a global `gc`. Null where V8 refuses.
 */
function fullCollection(): (() => void) | null {
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc: unknown = vm.runInNewContext('gc');
    if (typeof gc !== 'function') return null;
    return () => gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  } catch {
    return null;
  }
}

/**
 * Gives back the memory of rooms that were unloaded. V8 keeps the heap that 1,000 idle rooms grew
 * until its memory reducer runs, which on a quiet server may take minutes: 20 s after the rooms
 * unloaded, 103 % of what they added was still held (bench (g)). A full collection a few seconds
 * after a wave of unloads returns it. It pauses the process (tens of milliseconds at these heap
 * sizes), so it runs only after many unloads, once the wave is over, and at most every
 * `minIntervalMs`.
 */
export function createMemoryReturn(options: MemoryReturnOptions = {}): MemoryReturn {
  const { quietMs = 3000, minRooms = 50, minIntervalMs = 30_000 } = options;
  // Taken on the first collection: exposing `gc` creates a context, whose disposal V8 takes as a
  // cue to shrink the heap; a server that never sees a wave of unloads is left as it was.
  let collect: (() => void) | null | undefined = options.collect;
  let unloaded = 0;
  let last = -Infinity;
  let timer: NodeJS.Timeout | null = null;

  function arm(ms: number) {
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, ms);
    timer.unref(); // never keeps a stopping process alive
  }

  function run() {
    timer = null;
    if (unloaded < minRooms) return;
    const wait = last + minIntervalMs - Date.now();
    if (wait > 0) return arm(wait);
    unloaded = 0;
    last = Date.now();
    if (collect === undefined) collect = fullCollection();
    collect?.();
  }

  return {
    roomUnloaded() {
      if (collect === null) return;
      unloaded++;
      if (unloaded >= minRooms) arm(quietMs);
    },
    stop() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
