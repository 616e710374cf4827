import { openIdleClient, type Target } from './fleet';
import type { ServerProcess } from './servers';
import { pct } from './stats';

/** What scenario (g) measured on one server. */
export interface ManyRoomsResult {
  rooms: number;
  rssStartMb: number;
  rssOpenMb: number;
  /** (RSS with every room open − RSS at the start) / rooms, in KiB. */
  perRoomKb: number;
  /** RSS once every room is unloaded (the lowest seen while waiting up to `settleSeconds`). */
  rssAfterMb: number;
  /** Seconds from the last client leaving until RSS came within the target (NaN: it did not). */
  settleSeconds: number;
  openSeconds: number;
  coldLoads: number;
  coldLoadP50Ms: number;
  coldLoadP95Ms: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs `fn` over `items` with at most `limit` in flight. */
async function inBatches<T, R>(items: T[], limit: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!, i);
      }
    }),
  );
  return out;
}

/**
 * Scenario (g): one idle client on each of `rooms` (RSS per idle room), everyone leaves (RSS once
 * the rooms are unloaded, against `rssTarget` × the start), then `coldLoads` of the rooms are
 * opened again one after the other, each by a fresh client, timed from connect to synced (ours
 * from the database; the reference's rooms are empty then, so its figure is the handshake alone).
 * `roomCount` (ours) says how many rooms the server still holds; the reference frees a room when its
 * last client leaves. `initial` is the content a client brings (the reference's rooms have no store).
 */
export async function manyRooms(
  server: ServerProcess,
  target: Target,
  rooms: string[],
  opts: {
    coldLoads: number;
    rssTarget: number;
    settleSeconds: number;
    initial?: Uint8Array;
    roomCount?: () => Promise<number>;
    describe?: () => Promise<string>;
    log(message: string): void;
  },
): Promise<ManyRoomsResult> {
  // Warm-up: the code paths compiled and the connection pools filled before the baseline.
  for (const c of await inBatches(rooms.slice(0, 20), 10, (room, i) => openIdleClient(target, room, i, opts.initial))) c.close();
  await waitForRooms(opts.roomCount, 0);
  await sleep(1000);
  const rssStartMb = server.rssMb();
  if (opts.describe) opts.log(`(g) start: ${await opts.describe()}`);
  const t0 = performance.now();
  const clients = await inBatches(rooms, 25, (room, i) => openIdleClient(target, room, i, opts.initial));
  const openSeconds = (performance.now() - t0) / 1000;
  if (clients.some((c) => c.bytes < 100)) throw new Error('(g): a room opened empty');
  await sleep(2000);
  const rssOpenMb = server.rssMb();
  opts.log(`(g) ${rooms.length} rooms open in ${openSeconds.toFixed(1)} s; RSS ${rssStartMb.toFixed(0)} → ${rssOpenMb.toFixed(0)} MB`);
  if (opts.describe) opts.log(`(g) open: ${await opts.describe()}`);
  for (const c of clients) c.close();
  const left = performance.now();
  await waitForRooms(opts.roomCount, 0);
  let rssAfterMb = server.rssMb();
  let settleSeconds = NaN;
  const trace: string[] = [];
  while ((performance.now() - left) / 1000 < opts.settleSeconds) {
    rssAfterMb = Math.min(rssAfterMb, server.rssMb());
    if (trace.length < (performance.now() - left) / 5000)
      trace.push(`${((performance.now() - left) / 1000).toFixed(0)} s ${server.rssMb().toFixed(0)}`);
    if (rssAfterMb <= rssStartMb * opts.rssTarget) {
      settleSeconds = (performance.now() - left) / 1000;
      break;
    }
    await sleep(250);
  }
  opts.log(`(g) RSS after the last client left (MB): ${trace.join(', ')}`);
  if (opts.describe) opts.log(`(g) after ${((performance.now() - left) / 1000).toFixed(1)} s: ${await opts.describe()}`);
  const loads: number[] = [];
  for (const [i, room] of rooms.slice(0, opts.coldLoads).entries()) {
    const t = performance.now();
    // The reference has no store: its room is empty again, so this is its handshake alone.
    const c = await openIdleClient(target, room, i);
    loads.push(performance.now() - t);
    c.close();
    if (opts.roomCount && c.bytes < 100) throw new Error('(g): a cold load came back empty');
  }
  await waitForRooms(opts.roomCount, 0);
  return {
    rooms: rooms.length,
    rssStartMb,
    rssOpenMb,
    perRoomKb: ((rssOpenMb - rssStartMb) * 1024) / rooms.length,
    rssAfterMb,
    settleSeconds,
    openSeconds,
    coldLoads: loads.length,
    coldLoadP50Ms: pct(loads, 50),
    coldLoadP95Ms: pct(loads, 95),
  };
}

/** Waits (up to 30 s) until the server holds `n` rooms; at once when it cannot say. */
async function waitForRooms(roomCount: (() => Promise<number>) | undefined, n: number): Promise<void> {
  if (!roomCount) return void (await sleep(500));
  const deadline = Date.now() + 30_000;
  while ((await roomCount()) !== n) {
    if (Date.now() > deadline) throw new Error(`(g): the server still holds rooms after 30 s (want ${n})`);
    await sleep(100);
  }
}
