/**
 * Pactum's collaboration server for the benchmark, in its own process (so its CPU and RSS can be
 * measured): PGlite in BENCH_DATA_DIR (or DATABASE_URL), the demo seed, 100 extra shared
 * documents for scenario (c), and one document pre-filled with 20,000 small edits for (d), stored
 * the way the server stores them (one row per update, compacted every 500 rows).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import * as Y from 'yjs';
import { openDatabase } from '@/db/open';
import { documents, negotiations, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { createCollabServer } from '@/lib/collab';
import { createDocStore } from '@/lib/collab/doc-store';

const db = await openDatabase();
await seedDemo(db);
const [talks] = await db.select().from(negotiations).where(eq(negotiations.style, 'facilitative')).limit(1);
const docs = await db
  .insert(documents)
  .values(Array.from({ length: 101 }, (_, i) => ({ negotiationId: talks!.id, kind: 'shared' as const, title: `Bench ${i}`, position: 100 + i })))
  .returning();
const cold = docs[100]!;
const store = createDocStore(db);
const src = new Y.Doc();
const text = src.getText('t');
let batch: Uint8Array[] = [];
src.on('update', (u: Uint8Array) => batch.push(u));
for (let i = 0; i < 20_000; i++) {
  text.insert(text.length, 'x');
  if (batch.length === 500) {
    await store.appendMany([{ documentId: cold.id, updates: batch.map((update) => ({ update, userId: null })) }]);
    await store.compact(cold.id);
    batch = [];
  }
}
await store.appendMany([{ documentId: cold.id, updates: batch.map((update) => ({ update, userId: null })) }]);
const userRows = await db.select({ id: users.id, email: users.email }).from(users);

process.on('SIGTERM', () => process.exit(0)); // lets --cpu-prof (BENCH_NODE_ARGS) write its profile

const collab = createCollabServer({ db: () => db, redisUrl: null });
const server = http.createServer((_req, res) => res.writeHead(404).end());
server.on('upgrade', (req, socket, head) => collab.handleUpgrade(req, socket, head));
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  const id = (email: string) => userRows.find((u) => u.email === email)!.id;
  console.log(
    JSON.stringify({
      ready: true,
      port,
      docs: docs.slice(0, 100).map((d) => d.id),
      coldDoc: cold.id,
      writers: [id('gov.lead@pactum.test'), id('apm.lead@pactum.test'), id('gov.member@pactum.test'), id('apm.member@pactum.test')],
      readers: [id('observer@pactum.test'), id('guarantor@pactum.test'), id('mediator@pactum.test'), id('expert@pactum.test')],
    }),
  );
});
