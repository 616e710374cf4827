/**
 * A collaboration server in its own process, for the crash test (kill -9 then restart).
 * Env: PORT, PGLITE_DIR or DATABASE_URL, NEXTAUTH_SECRET, NEXTAUTH_URL. Prints one JSON line when ready.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { openDatabase } from '@/db/open';
import { createCollabServer } from '@/lib/collab';
import { seedIds } from './collab-harness';

const db = await openDatabase();
const ids = await seedIds(db);
const collab = createCollabServer({ db: () => db, redisUrl: null });
const server = http.createServer((_req, res) => res.writeHead(404).end());
server.on('upgrade', (req, socket, head) => collab.handleUpgrade(req, socket, head));
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  console.log(JSON.stringify({ ready: true, port, ids }));
});
