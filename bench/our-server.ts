/**
 * Pactum's collaboration server for the benchmark, in its own process (so its CPU and RSS can be
 * measured): PGlite in PGLITE_DIR (or DATABASE_URL), the demo seed (with the demo chapter's text),
 * bench users, 100 extra shared documents for scenarios (a)–(c), (e) and (f), and one document
 * pre-filled with 20,000 small edits for (d), stored the way the server stores them (one row per
 * update, compacted every 500 rows).
 * Environment (set by bench/run.ts):
 *  - BENCH_COLD=off: no 20,000-edit document (the second instance of (f) and its one-instance twin).
 *  - BENCH_ROOMS=N: N more documents holding the demo chapter's text as a snapshot, for (g).
 *  - BENCH_REPLICA=on: another instance on the same database: seeds nothing, reads the ids.
 *  - BENCH_REDIS_URL, BENCH_REDIS_PREFIX: relay through Redis on this channel prefix (for (f)).
 *  - BENCH_BATCH_MS: the batch window (default 100 ms, createCollabServer's).
 *  - BENCH_COMMIT_TIMES=on: GET /loop also says when each client's edits were committed ((f)).
 * GET /rooms answers how many documents the server holds in memory ((g) waits for 0) and its
 * memory; GET /loop its event-loop delay, socket sends and commit durations since the last call;
 * GET /gc collects garbage (--expose-gc).
 */
import http from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import { and, asc, eq, inArray, like } from 'drizzle-orm';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { openDatabase } from '@/db/open';
import { docSnapshots, documents, memberships, negotiations, parties, users } from '@/db/schema';
import { DEMO_DRAFT_TITLE, seedDemoWithDraft } from '@/db/seed-draft';
import { createCollabServer } from '@/lib/collab';
import { createDocStore, type DocStore } from '@/lib/collab/doc-store';

/** Bench users besides the demo's: enough that no user holds more than a few of (g)'s 1,000 sockets. */
const BENCH_WRITERS = 24;
const BENCH_READERS = 250;
const DEMO_WRITERS = ['gov.lead@pactum.test', 'apm.lead@pactum.test', 'gov.member@pactum.test', 'apm.member@pactum.test'];
const DEMO_READERS = ['observer@pactum.test', 'guarantor@pactum.test', 'mediator@pactum.test', 'expert@pactum.test'];
const COLD_POSITION = 200;
const ROOMS_FROM = 1000;

const db = await openDatabase();
const store = createDocStore(db);
const replica = process.env.BENCH_REPLICA === 'on';
if (!replica) await seed();
const info = await readInfo();

async function seed() {
  await seedDemoWithDraft(db);
  const [talks] = await db.select().from(negotiations).where(eq(negotiations.style, 'facilitative')).limit(1);
  const partyRows = await db.select().from(parties).where(eq(parties.negotiationId, talks!.id));
  const benchUsers = await db
    .insert(users)
    .values([
      ...Array.from({ length: BENCH_WRITERS }, (_, i) => ({ email: `bench.writer${i}@pactum.test`, name: `Bench writer ${i}` })),
      ...Array.from({ length: BENCH_READERS }, (_, i) => ({ email: `bench.reader${i}@pactum.test`, name: `Bench reader ${i}` })),
    ])
    .returning();
  await db
    .insert(memberships)
    .values(
      benchUsers.map((u, i) =>
        u.email.startsWith('bench.writer')
          ? { negotiationId: talks!.id, userId: u.id, role: 'delegation_member' as const, partyId: partyRows[i % partyRows.length]!.id }
          : { negotiationId: talks!.id, userId: u.id, role: 'observer' as const },
      ),
    );
  await db.insert(documents).values(
    Array.from({ length: 100 }, (_, i) => ({
      negotiationId: talks!.id,
      kind: 'shared' as const,
      title: `Bench ${i}`,
      position: 100 + i,
    })),
  );
  const rooms = Number(process.env.BENCH_ROOMS ?? 0);
  if (rooms > 0) {
    const chapter = await chapterState();
    for (let from = 0; from < rooms; from += 250) {
      const batch = await db
        .insert(documents)
        .values(
          Array.from({ length: Math.min(250, rooms - from) }, (_, i) => ({
            negotiationId: talks!.id,
            kind: 'shared' as const,
            title: `Bench room ${from + i}`,
            position: ROOMS_FROM + from + i,
          })),
        )
        .returning();
      await db.insert(docSnapshots).values(batch.map((d) => ({ documentId: d.id, state: chapter, upToUpdateId: 0 })));
    }
  }
  if (process.env.BENCH_COLD === 'off') return;
  const [cold] = await db
    .insert(documents)
    .values({ negotiationId: talks!.id, kind: 'shared', title: 'Bench cold', position: COLD_POSITION })
    .returning();
  const src = new Y.Doc();
  const text = src.getText('t');
  let batch: Uint8Array[] = [];
  src.on('update', (u: Uint8Array) => batch.push(u));
  for (let i = 0; i < 20_000; i++) {
    text.insert(text.length, 'x');
    if (batch.length === 500) {
      await store.appendMany([{ documentId: cold!.id, updates: batch.map((update) => ({ update, userId: null })) }]);
      await store.compact(cold!.id);
      batch = [];
    }
  }
  await store.appendMany([{ documentId: cold!.id, updates: batch.map((update) => ({ update, userId: null })) }]);
}

/** The demo chapter (headings, paragraphs, a bracket, an alternative) as one Yjs update. */
async function chapterState(): Promise<Uint8Array> {
  const [chapter] = await db.select({ id: documents.id }).from(documents).where(eq(documents.title, DEMO_DRAFT_TITLE)).limit(1);
  const doc = new Y.Doc();
  for (const part of await store.load(chapter!.id)) Y.applyUpdate(doc, part);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

/** Ids the bench client needs, read from the database (so a replica reads the same). */
async function readInfo() {
  const bench = await db
    .select({ id: documents.id, position: documents.position })
    .from(documents)
    .where(like(documents.title, 'Bench %'))
    .orderBy(asc(documents.position));
  const emails = [
    ...DEMO_WRITERS,
    ...DEMO_READERS,
    ...Array.from({ length: BENCH_WRITERS }, (_, i) => `bench.writer${i}@pactum.test`),
    ...Array.from({ length: BENCH_READERS }, (_, i) => `bench.reader${i}@pactum.test`),
  ];
  const userRows = await db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, emails));
  const id = (email: string) => userRows.find((u) => u.email === email)!.id;
  const [chapter] = await db
    .select({ state: docSnapshots.state })
    .from(docSnapshots)
    .innerJoin(documents, eq(documents.id, docSnapshots.documentId))
    .where(and(eq(documents.position, ROOMS_FROM), like(documents.title, 'Bench room %')))
    .limit(1);
  return {
    docs: bench.filter((d) => d.position < COLD_POSITION).map((d) => d.id),
    coldDoc: bench.find((d) => d.position === COLD_POSITION)?.id ?? null,
    roomDocs: bench.filter((d) => d.position >= ROOMS_FROM).map((d) => d.id),
    /** base64 of the state every (g) room holds, so the reference's rooms can hold the same. */
    roomState: chapter ? Buffer.from(chapter.state).toString('base64') : null,
    writers: [...DEMO_WRITERS, ...emails.filter((e) => e.startsWith('bench.writer'))].map(id),
    readers: [...DEMO_READERS, ...emails.filter((e) => e.startsWith('bench.reader'))].map(id),
  };
}

process.on('SIGTERM', () => process.exit(0)); // lets --cpu-prof (BENCH_NODE_ARGS) write its profile

/** Messages sent to sockets since the last GET /loop (a diagnostic: sends per update). */
let sends = 0;
const send = WebSocket.prototype.send;
WebSocket.prototype.send = function (this: WebSocket, ...args: Parameters<WebSocket['send']>) {
  sends++;
  return send.apply(this, args);
} as WebSocket['send'];
/** Event-loop delay since the last GET /loop (ms): what a live edit waits behind, on this server. */
const loop = monitorEventLoopDelay({ resolution: 5 });
loop.enable();
// Every bench client connects from 127.0.0.1: the per-address socket cap (256) and connect rate
// (20/s) meant for one office's NAT would refuse (g)'s 1,000 and (e)'s 500 clients, which stand for
// that many people on as many addresses. The per-user cap stays (≤ 4 sockets per bench user).
const LOAD_TEST_CAPS = { perIp: 1_000_000, connectsPerSecond: 1_000_000, connectBurst: 1_000_000 };
/** The batch window, and each commit's duration (ms) since the last GET /loop. */
const BATCH_MS = Number(process.env.BENCH_BATCH_MS || 100);
let commits: number[] = [];
/**
 * BENCH_COMMIT_TIMES=on ((f)): per commit, each Yjs client's clock it covers and when it ended
 * (ms since the epoch), so a client on another instance can tell how long after the commit it
 * heard an edit. Off elsewhere: parsing every row costs server CPU.
 */
const commitTimes: [number, number, number][] | null = process.env.BENCH_COMMIT_TIMES === 'on' ? [] : null;
const timedStore: DocStore = {
  ...store,
  async appendMany(batches) {
    const t0 = performance.now();
    await store.appendMany(batches);
    const t1 = performance.now();
    commits.push(t1 - t0);
    if (commitTimes)
      for (const b of batches)
        for (const row of b.updates)
          for (const [client, clock] of Y.parseUpdateMeta(row.update).to) commitTimes.push([client, clock, performance.timeOrigin + t1]);
  },
};
const collab = createCollabServer({
  db: () => db,
  batchMs: BATCH_MS,
  store: timedStore,
  redisUrl: process.env.BENCH_REDIS_URL || null,
  redisPrefix: process.env.BENCH_REDIS_PREFIX || undefined,
  caps: LOAD_TEST_CAPS,
});
const server = http.createServer((req, res) => {
  if (req.url === '/rooms')
    return void res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ rooms: collab.roomCount(), memory: process.memoryUsage() }));
  if (req.url === '/loop') {
    const ms = (ns: number) => Math.round(ns / 1e5) / 10;
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        p50: ms(loop.percentile(50)),
        p99: ms(loop.percentile(99)),
        max: ms(loop.max),
        sends,
        commitsMs: commits,
        batchMs: BATCH_MS,
        committed: commitTimes?.splice(0) ?? [],
      }),
    );
    sends = 0;
    commits = [];
    return void loop.reset();
  }
  if (req.url === '/gc' && typeof globalThis.gc === 'function') {
    globalThis.gc();
    return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ memory: process.memoryUsage() }));
  }
  res.writeHead(404).end();
});
server.on('upgrade', (req, socket, head) => collab.handleUpgrade(req, socket, head));
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  console.log(JSON.stringify({ ready: true, port, ...info }));
});
