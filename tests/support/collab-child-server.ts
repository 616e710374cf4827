/**
 * A collaboration server in its own process, for the crash, scale-out and fuzz tests.
 * Env: PORT, PGLITE_DIR or DATABASE_URL, NEXTAUTH_SECRET, NEXTAUTH_URL, REDIS_URL (empty: one
 * instance), COLLAB_STALL_COMMITS=1 (appends never complete: an instance that dies before it
 * commits what it received), COLLAB_OPTIONS (JSON, merged into the server's options). Prints one
 * JSON line when ready. GET /health answers { rss, hwm (peak RSS), heapUsed, external, rooms, sockets }
 * (`?gc=1` collects garbage first when run with --expose-gc; `?resetPeak=1` restarts the peak,
 * Linux; `?maps=1` adds the resident mappings and the embedded database thread's heap) — the fuzz test's health and memory probe.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { embeddedDatabaseHeap, openDatabase } from '@/db/open';
import { prepareEmbeddedDatabase } from '@/db/prepare-embedded';
import { createCollabServer } from '@/lib/collab';
import { createDocStore } from '@/lib/collab/doc-store';
import { seedIds } from './collab-harness';

// As server.ts: a fresh embedded database is created and seeded by a short-lived process first.
await prepareEmbeddedDatabase('demo');
const db = await openDatabase();
const ids = await seedIds(db);
const store = createDocStore(db);
if (process.env.COLLAB_STALL_COMMITS === '1') store.appendMany = () => new Promise(() => {});
const collab = createCollabServer({
  db: () => db,
  store,
  redisUrl: process.env.REDIS_URL || null,
  ...(JSON.parse(process.env.COLLAB_OPTIONS || '{}') as object),
});
/** The process's peak RSS (VmHWM) in bytes, where Linux tells it. */
function peakRss(): number | undefined {
  try {
    const kib = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1];
    return kib ? Number(kib) * 1024 : undefined;
  } catch {
    return undefined;
  }
}
/**
 * The process's resident mappings, from /proc/self/smaps (Linux): where resident
 * memory sits (V8 heaps and malloc arenas are anonymous; PGlite's WebAssembly memory is one
 * anonymous mapping of its reserved size), so a run's growth can be pinned to a mapping.
 */
function residentMappings(): { at: string; size: number; rss: number; perms: string; name: string }[] | undefined {
  try {
    const maps: { at: string; size: number; rss: number; perms: string; name: string }[] = [];
    let current: (typeof maps)[number] | undefined;
    for (const line of fs.readFileSync('/proc/self/smaps', 'utf8').split('\n')) {
      const range = /^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \d+\s*(.*)$/.exec(line);
      if (range) {
        current = {
          at: range[1]!,
          size: Number(BigInt(`0x${range[2]}`) - BigInt(`0x${range[1]}`)),
          rss: 0,
          perms: range[3]!,
          name: range[4]!,
        };
        maps.push(current);
        continue;
      }
      const rss = /^Rss:\s+(\d+) kB/.exec(line);
      if (rss && current) current.rss = Number(rss[1]) * 1024;
    }
    return maps.filter((m) => m.rss > 0);
  } catch {
    return undefined;
  }
}
const server = http.createServer(async (req, res) => {
  if (!req.url?.startsWith('/health')) return void res.writeHead(404).end();
  const query = new URL(req.url, 'http://x').searchParams;
  if (query.has('gc')) (globalThis as { gc?: () => void }).gc?.();
  // Linux: writing 5 to clear_refs resets VmHWM, so a later `hwm` is the peak since this request.
  if (query.has('resetPeak')) fs.writeFileSync('/proc/self/clear_refs', '5');
  const mem = process.memoryUsage();
  const body = {
    rss: mem.rss,
    hwm: peakRss(),
    heapUsed: mem.heapUsed,
    heapTotal: mem.heapTotal,
    external: mem.external,
    arrayBuffers: mem.arrayBuffers,
    rooms: collab.roomCount(),
    sockets: collab.socketCount(),
    ...(query.has('maps') ? { maps: residentMappings() } : {}),
  };
  // The database thread answers between statements: asked only with the maps, not on every probe.
  const dbHeap = query.has('maps') ? await embeddedDatabaseHeap() : null;
  if (dbHeap)
    Object.assign(body, {
      dbHeap: { used: dbHeap.used_heap_size, physical: dbHeap.total_physical_size, external: dbHeap.external_memory },
    });
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
});
// A clean exit on SIGTERM, so --cpu-prof / --heap-prof write their files (the fuzz test's profiling).
process.once('SIGTERM', () => process.exit(0));
// The test that started it is gone (a timeout, a crash): do not stay behind holding a port and a database.
process.stdin.once('end', () => process.exit(0)).resume();
server.on('upgrade', (req, socket, head) => collab.handleUpgrade(req, socket, head));
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  console.log(JSON.stringify({ ready: true, port, ids }));
});
