/**
 * A collaboration server in its own process, for the crash and scale-out tests (kill -9 then restart).
 * Env: PORT, PGLITE_DIR or DATABASE_URL, NEXTAUTH_SECRET, NEXTAUTH_URL, REDIS_URL (empty: one
 * instance), COLLAB_STALL_COMMITS=1 (appends never complete: an instance that dies before it
 * commits what it received). Prints one JSON line when ready.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { openDatabase } from '@/db/open';
import { createCollabServer } from '@/lib/collab';
import { createDocStore } from '@/lib/collab/doc-store';
import { seedIds } from './collab-harness';

const db = await openDatabase();
const ids = await seedIds(db);
const store = createDocStore(db);
if (process.env.COLLAB_STALL_COMMITS === '1') store.appendMany = () => new Promise(() => {});
const collab = createCollabServer({ db: () => db, store, redisUrl: process.env.REDIS_URL || null });
const server = http.createServer((_req, res) => res.writeHead(404).end());
server.on('upgrade', (req, socket, head) => collab.handleUpgrade(req, socket, head));
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  console.log(JSON.stringify({ ready: true, port, ids }));
});
