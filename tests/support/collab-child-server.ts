/**
 * A collaboration server in its own process, for the crash, scale-out and fuzz tests.
 * Env: PORT, PGLITE_DIR or DATABASE_URL, NEXTAUTH_SECRET, NEXTAUTH_URL, REDIS_URL (empty: one
 * instance), COLLAB_STALL_COMMITS=1 (appends never complete: an instance that dies before it
 * commits what it received), COLLAB_OPTIONS (JSON, merged into the server's options). Prints one
 * JSON line when ready. GET /health answers { rss, hwm (peak RSS), heapUsed, external, rooms, sockets }
 * (`?gc=1` collects garbage first when run with --expose-gc; `?resetPeak=1` restarts the peak,
 * Linux) — the fuzz test's health and memory probe.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { openDatabase } from '@/db/open';
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
const collab = createCollabServer({ db: () => db, store, redisUrl: process.env.REDIS_URL || null, ...(JSON.parse(process.env.COLLAB_OPTIONS || '{}') as object) });
/** The process's peak RSS (VmHWM) in bytes, where Linux tells it. */
function peakRss(): number | undefined {
  try {
    const kib = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1];
    return kib ? Number(kib) * 1024 : undefined;
  } catch {
    return undefined;
  }
}
const server = http.createServer((req, res) => {
  if (!req.url?.startsWith('/health')) return void res.writeHead(404).end();
  const query = new URL(req.url, 'http://x').searchParams;
  if (query.has('gc')) (globalThis as { gc?: () => void }).gc?.();
  // Linux: writing 5 to clear_refs resets VmHWM, so a later `hwm` is the peak since this request.
  if (query.has('resetPeak')) fs.writeFileSync('/proc/self/clear_refs', '5');
  const mem = process.memoryUsage();
  const body = { rss: mem.rss, hwm: peakRss(), heapUsed: mem.heapUsed, external: mem.external, rooms: collab.roomCount(), sockets: collab.socketCount() };
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
