import v8 from 'node:v8';
import vm from 'node:vm';

export interface MemoryReturnOptions {
  /** Collect this long after the last unload of a wave (default 3 s). */
  quietMs?: number;
  /** A wave: the number of loaded rooms fell by at least this many from its peak since the last collection (default 50). */
  minRooms?: number;
  /** At most one collection this often (default 30 s). */
  minIntervalMs?: number;
  /** The collection itself (tests); default V8's most thorough one. */
  collect?: () => void;
}

export interface MemoryReturn {
  /** The server now holds `rooms` rooms (told after each load and unload). */
  roomsNow(rooms: number): void;
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
 * unloaded, 102 % of what they added was still held (bench (g)). A full collection a few seconds
 * after such a wave returns it. It pauses the process (≈ 120 ms at that size) and makes V8 compile
 * again what it dropped, so it runs only after a wave — the rooms held fell by `minRooms` or more
 * from their peak — once the wave is over, and at most every `minIntervalMs`. Rooms that come and
 * go one at a time (a working day, a test suite) never trigger it.
 */
export function createMemoryReturn(options: MemoryReturnOptions = {}): MemoryReturn {
  const { quietMs = 3000, minRooms = 50, minIntervalMs = 30_000 } = options;
  // Taken on the first collection: a server that never sees a wave is left as it was.
  let collect: (() => void) | null | undefined = options.collect;
  let peak = 0;
  let now = 0;
  let last = -Infinity;
  let timer: NodeJS.Timeout | null = null;

  function arm(ms: number) {
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, ms);
    timer.unref(); // never keeps a stopping process alive
  }

  function run() {
    timer = null;
    if (peak - now < minRooms) return; // rooms came back meanwhile
    const wait = last + minIntervalMs - Date.now();
    if (wait > 0) return arm(wait);
    peak = now;
    last = Date.now();
    if (collect === undefined) collect = fullCollection();
    collect?.();
  }

  return {
    roomsNow(rooms) {
      if (collect === null) return;
      now = rooms;
      peak = Math.max(peak, rooms);
      if (peak - rooms >= minRooms) arm(quietMs);
    },
    stop() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
