/**
 * npm run bench [-- --json] [-- --seconds 4] [-- --rounds 3] [-- --only a,d] [-- --db postgres]
 * Scenarios (a)–(c) run on both servers side by side: both fleets connect, each warms up for 1 s
 * unmeasured, then `--rounds` pairs of `--seconds` windows run back to back in alternating order.
 * A server's figures cover all its windows; the CPU ratio is the median of the per-pair ratios,
 * which is what stays put when the machine's speed drifts (it does, on 2 shared cores).
 * --db postgres: Pactum's server stores in a fresh PostgreSQL database (created on
 *   BENCH_DATABASE_URL's server, default postgres://postgres@127.0.0.1:5432/postgres, dropped after)
 *   instead of the embedded PGlite; the backends' CPU (a separate process) is reported beside it
 *   and added in "+db ratio".
 * BENCH_NODE_ARGS / BENCH_REF_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") pass Node
 * flags to Pactum's server / the reference (which then needs a SIGTERM handler to write a profile).
 * Pactum's collaboration server (auth, role filtering, durable persistence) against the
 * reference @y/websocket-server@0.1.1 (no auth, no persistence), in one run, on 127.0.0.1.
 * Scenarios (durations scaled down to keep the whole run near 3 minutes on 2 cores):
 *  (a) 1 doc × 50 clients, 1 writer at 20 edits/s
 *  (b) 1 doc × 200 clients, 5 writers at 10 edits/s each
 *  (c) 100 docs × 5 clients, 1 writer per doc at 2 edits/s (200 edits/s in total)
 *  (d) cold load of a doc holding 20,000 one-character edits: ours from the database (room not
 *      in memory), the reference from memory (it has no store)
 * Every client is a y-websocket WebsocketProvider in this process (Node `ws`).
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { encode } from 'next-auth/jwt';
import { bundleServer } from '../scripts/build-server';
import { coldLoad, fillReference, openFleet, type Fleet, type Target, type WindowResult } from './fleet';
import { startServer, type ServerProcess } from './servers';
import { pct } from './stats';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const seconds = Number(args[args.indexOf('--seconds') + 1] || 4) || 4;
const rounds = Number(args[args.indexOf('--rounds') + 1] || 3) || 3;
const WARM_UP_SECONDS = Number(args[args.indexOf('--warm-up') + 1] || 1) || 1;
const dbKind = args.includes('--db') ? args[args.indexOf('--db') + 1] : 'pglite';
const only = new Set((args.includes('--only') ? args[args.indexOf('--only') + 1]! : 'a,b,c,d').split(','));
const SECRET = 'bench-secret';
const ORIGIN = 'http://bench.pactum.local';
const T0 = Date.now();
const log = (message: string) => !asJson && console.error(`[${((Date.now() - T0) / 1000).toFixed(0).padStart(3)} s] ${message}`);
process.setMaxListeners(0); // every Node WebsocketProvider adds a process 'exit' listener

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

type ServerName = 'reference' | 'pactum';

interface Row {
  server: ServerName;
  scenario: string;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  updatesPerSec: number;
  edits: number;
  lost: number;
  /** Server process CPU (all threads, user + system) over all measured windows / edits written. */
  serverCpuUsPerUpdate: number;
  /** The same per window, in the order they ran. */
  serverCpuUsPerUpdateByRound?: number[];
  /** --db postgres: the database backends' CPU per update (outside the server process), and the ratio with it added. */
  databaseCpuUsPerUpdate?: number;
  cpuWithDatabaseRatio?: number;
  /** Pactum rows: median over rounds of (Pactum / reference) for the windows run back to back. */
  cpuRatio?: number;
  p99Ratio?: number;
  serverRssMb: number;
  generatorCpuMs: number;
  coldLoadMs?: number;
}

interface Window extends WindowResult {
  serverCpuMs: number;
  /** PostgreSQL backends serving Pactum's database (only with --db postgres). */
  databaseCpuMs: number;
  generatorCpuMs: number;
}

/** CPU of the PostgreSQL backends of one database, per backend pid (they share this machine). */
type DatabaseCpu = () => Promise<Map<number, number>>;
let databaseCpu: DatabaseCpu | null = null;

const sumDelta = (before: Map<number, number>, after: Map<number, number>) => [...after].reduce((s, [pid, ms]) => s + ms - (before.get(pid) ?? 0), 0);

/** One measured window: server and generator CPU are counted only while edits flow and fan out. */
async function measureWindow(server: ServerProcess, fleet: Fleet, rate: number, secs: number, withDatabase: boolean): Promise<Window> {
  let cpu0 = 0;
  let cpu = 0;
  let db0 = new Map<number, number>();
  let db = 0;
  let gen0 = process.cpuUsage();
  let gen = { user: 0, system: 0 };
  const r = await fleet.run(rate, secs, {
    start: async () => {
      if (withDatabase && databaseCpu) db0 = await databaseCpu();
      cpu0 = server.cpuMs();
      gen0 = process.cpuUsage();
    },
    stop: async () => {
      cpu = server.cpuMs() - cpu0;
      gen = process.cpuUsage(gen0);
      if (withDatabase && databaseCpu) db = sumDelta(db0, await databaseCpu());
    },
  });
  return { ...r, serverCpuMs: cpu, databaseCpuMs: db, generatorCpuMs: (gen.user + gen.system) / 1000 };
}

interface Scenario {
  key: string;
  label: string;
  clientsPerDoc: number;
  writersPerDoc: number;
  rate: number;
  rooms: Record<ServerName, string[]>;
}

const median = (xs: number[]) => pct(xs, 50);

/**
 * Runs a scenario on both servers with their fleets connected side by side: a short unmeasured
 * warm-up each, then `rounds` pairs of windows back to back (the order alternates), so drift in
 * the machine's speed hits both servers alike. The ratio is the median of the per-pair ratios.
 */
async function pairedScenario(servers: Record<ServerName, ServerProcess>, targets: Record<ServerName, Target>, sc: Scenario): Promise<Row[]> {
  const names: ServerName[] = ['reference', 'pactum'];
  const fleets = {} as Record<ServerName, Fleet>;
  for (const name of names) fleets[name] = await openFleet(targets[name], sc.rooms[name], sc.clientsPerDoc, sc.writersPerDoc);
  log(`${sc.label}: ${sc.rooms.pactum.length * sc.clientsPerDoc} clients on each server; warming up`);
  for (const name of names) await fleets[name].run(sc.rate, WARM_UP_SECONDS);
  const windows: Record<ServerName, Window[]> = { reference: [], pactum: [] };
  for (let r = 0; r < rounds; r++) {
    for (const name of r % 2 === 0 ? names : [...names].reverse()) windows[name].push(await measureWindow(servers[name], fleets[name], sc.rate, seconds, name === 'pactum'));
  }
  const rows = [];
  for (const name of names) {
    const ws = windows[name];
    const latencies = ws.flatMap((w) => w.latenciesMs);
    const edits = ws.reduce((s, w) => s + w.edits, 0);
    const cpuMs = ws.reduce((s, w) => s + w.serverCpuMs, 0);
    rows.push({
      server: name,
      scenario: sc.label,
      p50Ms: pct(latencies, 50),
      p95Ms: pct(latencies, 95),
      p99Ms: pct(latencies, 99),
      updatesPerSec: ws.reduce((s, w) => s + w.delivered, 0) / ws.reduce((s, w) => s + w.seconds, 0),
      edits,
      lost: await fleets[name].close(),
      serverCpuUsPerUpdate: (cpuMs * 1000) / Math.max(1, edits),
      serverCpuUsPerUpdateByRound: ws.map((w) => (w.serverCpuMs * 1000) / Math.max(1, w.edits)),
      serverRssMb: servers[name].rssMb(),
      generatorCpuMs: ws.reduce((s, w) => s + w.generatorCpuMs, 0),
    } satisfies Row);
  }
  const [ref, ours] = rows as [Row, Row];
  ours.cpuRatio = median(ours.serverCpuUsPerUpdateByRound!.map((v, i) => v / ref.serverCpuUsPerUpdateByRound![i]!));
  if (databaseCpu) {
    const w = windows.pactum;
    ours.databaseCpuUsPerUpdate = (w.reduce((s, x) => s + x.databaseCpuMs, 0) * 1000) / Math.max(1, ours.edits);
    ours.cpuWithDatabaseRatio = median(w.map((x, i) => (x.serverCpuMs + x.databaseCpuMs) / x.edits / (windows.reference[i]!.serverCpuMs / windows.reference[i]!.edits)));
  }
  ours.p99Ratio = median(windows.pactum.map((w, i) => pct(w.latenciesMs, 99) / pct(windows.reference[i]!.latenciesMs, 99)));
  log(`${sc.label}: p99 ${ref.p99Ms.toFixed(1)} / ${ours.p99Ms.toFixed(1)} ms, CPU ratio ${ours.cpuRatio.toFixed(2)}×, lost ${ref.lost} / ${ours.lost}`);
  return rows;
}

/** (d): time for a fresh client to receive the 20k-edit document, median of five. */
async function coldLoads(name: ServerName, server: ServerProcess, target: Target, room: string): Promise<Row> {
  if (name === 'reference') await fillReference(target, room);
  const loads: number[] = [];
  for (let i = 0; i < 5; i++) {
    loads.push(await coldLoad(target, room));
    await new Promise((r) => setTimeout(r, 300)); // ours unloads the room again: every load is cold
  }
  log(`${name}: cold loads done`);
  return { server: name, scenario: '(d) cold load 20k edits', p50Ms: NaN, p95Ms: NaN, p99Ms: NaN, updatesPerSec: NaN, edits: 0, lost: 0, serverCpuUsPerUpdate: NaN, generatorCpuMs: NaN, serverRssMb: server.rssMb(), coldLoadMs: pct(loads, 50) };
}

async function main() {
  process.env.NEXTAUTH_SECRET = SECRET;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-bench-'));
  const servers: ServerProcess[] = [];
  const cleanups: (() => Promise<void>)[] = [];
  try {
    log('starting both servers (ours seeds 20,000 edits first)');
    const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const databaseUrl = dbKind === 'postgres' ? await createBenchDatabase() : '';
    if (databaseUrl) {
      cleanups.push(() => dropBenchDatabase(databaseUrl));
      databaseCpu = await watchDatabaseCpu(databaseUrl, cleanups);
    }
    else if (dbKind !== 'pglite') throw new Error(`--db ${dbKind}: expected pglite or postgres`);
    log(`Pactum stores in ${databaseUrl ? 'PostgreSQL' : 'PGlite (embedded)'}`);
    // Bundled like `npm run build` bundles server.ts: production runs plain JavaScript, not tsx.
    // Inside the project, so its packages resolve from node_modules.
    const ourBundle = path.join('dist', 'bench', 'our-server.mjs');
    await bundleServer('bench/our-server.ts', ourBundle);
    const ours = await startServer([...nodeArgs, ourBundle], { PGLITE_DIR: path.join(dataDir, 'pglite'), DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: ORIGIN, REDIS_URL: '' });
    servers.push(ours);
    const refPort = await freePort();
    const ref = await startServer([...(process.env.BENCH_REF_NODE_ARGS ?? '').split(' ').filter(Boolean), 'node_modules/@y/websocket-server/src/server.js'], { HOST: '127.0.0.1', PORT: String(refPort) }, refPort);
    servers.push(ref);
    log('servers ready');
    const info = ours.info as unknown as { port: number; docs: string[]; coldDoc: string; writers: string[]; readers: string[] };
    const cookies = new Map<string, string>();
    const cookie = async (userId: string) => {
      if (!cookies.has(userId)) cookies.set(userId, `next-auth.session-token=${await encode({ token: { sub: userId, sid: randomUUID(), sat: Date.now() }, secret: SECRET })}`);
      return cookies.get(userId)!;
    };
    const oursTarget: Target = {
      url: `ws://127.0.0.1:${info.port}/collab`,
      headers: async (role, i) => ({ origin: ORIGIN, cookie: await cookie((role === 'writer' ? info.writers : info.readers)[i % 4]!) }),
    };
    const refTarget: Target = { url: `ws://127.0.0.1:${refPort}`, headers: async () => ({}) };
    const byName = { reference: ref, pactum: ours };
    const targets = { reference: refTarget, pactum: oursTarget };
    const scenarios: Scenario[] = [
      { key: 'a', label: '(a) 1×50, 1 writer @20/s', clientsPerDoc: 50, writersPerDoc: 1, rate: 20, rooms: { reference: ['a'], pactum: [info.docs[0]!] } },
      { key: 'b', label: '(b) 1×200, 5 writers @10/s', clientsPerDoc: 200, writersPerDoc: 5, rate: 10, rooms: { reference: ['b'], pactum: [info.docs[1]!] } },
      { key: 'c', label: '(c) 100×5, 1 writer/doc @2/s', clientsPerDoc: 5, writersPerDoc: 1, rate: 2, rooms: { reference: Array.from({ length: 100 }, (_, i) => `c-${i}`), pactum: info.docs } },
    ];
    const rows: Row[] = [];
    for (const sc of scenarios) if (only.has(sc.key)) rows.push(...(await pairedScenario(byName, targets, sc)));
    if (only.has('d')) rows.push(await coldLoads('reference', ref, refTarget, 'cold'), await coldLoads('pactum', ours, oursTarget, info.coldDoc));
    if (asJson) console.log(JSON.stringify({ seconds, rounds, warmUpSeconds: WARM_UP_SECONDS, database: databaseUrl ? 'postgres' : 'pglite', node: process.version, cpus: os.cpus().length, rows }, null, 2));
    else printTable(rows);
  } finally {
    for (const s of servers) await s.stop();
    for (const c of cleanups) await c().catch((err) => console.error('bench cleanup failed', err));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Creates an empty database for one run, so the seed and the 20k-edit document start fresh. */
async function createBenchDatabase(): Promise<string> {
  const { Client } = (await import('pg')).default;
  const name = `pactum_bench_${process.pid}_${Date.now()}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect().catch((err: Error) => {
    throw new Error(`--db postgres: cannot reach ${ADMIN_URL.replace(/\/\/[^@]*@/, '//')} (${err.message}); set BENCH_DATABASE_URL`);
  });
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Reads the CPU time of every backend connected to the bench database (schedstat, ns). */
async function watchDatabaseCpu(databaseUrl: string, cleanups: (() => Promise<void>)[]): Promise<DatabaseCpu> {
  const { Client } = (await import('pg')).default;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  cleanups.unshift(() => admin.end()); // before the database is dropped
  const name = new URL(databaseUrl).pathname.slice(1);
  return async () => {
    const { rows } = await admin.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1', [name]);
    const out = new Map<number, number>();
    for (const { pid } of rows) {
      try {
        out.set(pid, Number(fs.readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6);
      } catch {
        // a backend on another machine, or one that just ended: not counted
      }
    }
    return out;
  };
}

async function dropBenchDatabase(databaseUrl: string): Promise<void> {
  const { Client } = (await import('pg')).default;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${new URL(databaseUrl).pathname.slice(1)} with (force)`);
  } finally {
    await admin.end();
  }
}

function printTable(rows: Row[]) {
  const f = (x: number | undefined, d = 1) => (x === undefined || Number.isNaN(x) ? '—' : x.toFixed(d));
  const withDb = rows.some((r) => r.databaseCpuUsPerUpdate !== undefined);
  console.log(`\nscenario                         server      p50 ms  p95 ms  p99 ms  upd/s(deliv)  lost  srv µs/upd  CPU ratio  p99 ratio${withDb ? '  db µs/upd  +db ratio' : ''}  srv RSS MB  gen CPU ms  cold ms`);
  for (const r of rows) {
    const ratio = (x: number | undefined) => (x === undefined ? '' : `${f(x, 2)}×`);
    console.log(
      `${r.scenario.padEnd(32)} ${r.server.padEnd(10)} ${f(r.p50Ms).padStart(7)} ${f(r.p95Ms).padStart(7)} ${f(r.p99Ms).padStart(7)} ${f(r.updatesPerSec, 0).padStart(13)} ${String(r.lost).padStart(5)} ${f(r.serverCpuUsPerUpdate, 0).padStart(11)} ${ratio(r.cpuRatio).padStart(10)} ${ratio(r.p99Ratio).padStart(10)}${withDb ? ` ${f(r.databaseCpuUsPerUpdate, 0).padStart(10)} ${ratio(r.cpuWithDatabaseRatio).padStart(10)}` : ''} ${f(r.serverRssMb, 0).padStart(11)} ${f(r.generatorCpuMs, 0).padStart(11)} ${f(r.coldLoadMs).padStart(8)}`,
    );
  }
  console.log(`\nServer CPU per update = server process CPU (all threads) during the windows / edits written (each edit fans out to every other client).`);
  console.log(`Ratios: median over ${rounds} back-to-back window pairs of Pactum / reference.`);
  if (withDb) console.log('db µs/upd: CPU of the PostgreSQL backends serving Pactum (a separate process); +db ratio counts it with the server.');
}

main()
  // Leftover client timers (y-websocket reconnect/awareness intervals) must not keep the CLI alive.
  .then(() => new Promise<void>((resolve) => process.stdout.write('', () => resolve())))
  .then(() => process.exit(0))
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
