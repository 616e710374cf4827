/**
 * npm run bench [-- --json] [-- --seconds 8] [-- --only a,d]
 * BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" passes Node flags to Pactum's server process.
 * Pactum's collaboration server (auth, role filtering, durable persistence on PGlite) against the
 * reference @y/websocket-server@0.1.1 (no auth, no persistence), in one run, on 127.0.0.1.
 * Scenarios (durations scaled down to keep the whole run near 2 minutes on 2 cores):
 *  (a) 1 doc × 50 clients, 1 writer at 20 edits/s
 *  (b) 1 doc × 200 clients, 5 writers at 10 edits/s each
 *  (c) 100 docs × 5 clients, 1 writer per doc at 2 edits/s (200 edits/s in total)
 *  (d) cold load of a doc holding 20,000 one-character edits: ours from the database (room not
 *      in memory), the reference from memory (it has no store)
 * Every client is a y-websocket WebsocketProvider in this process (Node `ws`).
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { encode } from 'next-auth/jwt';
import { coldLoad, fillReference, runScenario, type ScenarioResult, type Target } from './fleet';
import { startServer, type ServerProcess } from './servers';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const seconds = Number(args[args.indexOf('--seconds') + 1] || 8) || 8;
const only = new Set((args.includes('--only') ? args[args.indexOf('--only') + 1]! : 'a,b,c,d').split(','));
const SECRET = 'bench-secret';
const ORIGIN = 'http://bench.pactum.local';
const T0 = Date.now();
const log = (message: string) => !asJson && console.error(`[${((Date.now() - T0) / 1000).toFixed(0).padStart(3)} s] ${message}`);
process.setMaxListeners(0); // every Node WebsocketProvider adds a process 'exit' listener

const pct = (xs: number[], p: number) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]! : NaN);
const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

interface Row {
  server: 'pactum' | 'reference';
  scenario: string;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  updatesPerSec: number;
  edits: number;
  lost: number;
  serverCpuUsPerUpdate: number;
  serverRssMb: number;
  generatorCpuMs: number;
  coldLoadMs?: number;
}

type Probe = { start(): void; stop(): void };

/** Runs a scenario; server and generator CPU are counted only while edits flow (not connecting). */
async function measure(server: ServerProcess, name: 'pactum' | 'reference', scenario: string, run: (probe: Probe) => Promise<ScenarioResult>): Promise<Row> {
  let cpu0 = 0;
  let cpu = 0;
  let gen0 = process.cpuUsage();
  let gen = { user: 0, system: 0 };
  const r = await run({
    start: () => {
      cpu0 = server.cpuMs();
      gen0 = process.cpuUsage();
    },
    stop: () => {
      cpu = server.cpuMs() - cpu0;
      gen = process.cpuUsage(gen0);
    },
  });
  const row: Row = {
    server: name,
    scenario,
    p50Ms: pct(r.latenciesMs, 50),
    p95Ms: pct(r.latenciesMs, 95),
    p99Ms: pct(r.latenciesMs, 99),
    updatesPerSec: r.delivered / r.seconds,
    edits: r.edits,
    lost: r.lost,
    serverCpuUsPerUpdate: (cpu * 1000) / Math.max(1, r.edits),
    serverRssMb: server.rssMb(),
    generatorCpuMs: (gen.user + gen.system) / 1000,
  };
  log(`${name} ${scenario}: p99 ${row.p99Ms.toFixed(1)} ms, lost ${row.lost}`);
  return row;
}

async function suite(name: 'pactum' | 'reference', server: ServerProcess, target: Target, rooms: { a: string; b: string; c: string[]; cold: string }): Promise<Row[]> {
  const rows: Row[] = [];
  const t0 = Date.now();
  if (only.has('a')) rows.push(await measure(server, name, '(a) 1×50, 1 writer @20/s', (p) => runScenario(target, [rooms.a], 50, 1, 20, seconds, p)));
  if (only.has('b')) rows.push(await measure(server, name, '(b) 1×200, 5 writers @10/s', (p) => runScenario(target, [rooms.b], 200, 5, 10, seconds, p)));
  if (only.has('c')) rows.push(await measure(server, name, '(c) 100×5, 1 writer/doc @2/s', (p) => runScenario(target, rooms.c, 5, 1, 2, seconds, p)));
  if (!only.has('d')) return rows;
  if (name === 'reference') await fillReference(target, rooms.cold);
  log(`${name}: 20k-edit document ready`);
  const loads: number[] = [];
  for (let i = 0; i < 5; i++) {
    loads.push(await coldLoad(target, rooms.cold));
    await new Promise((r) => setTimeout(r, 300)); // ours unloads the room again: every load is cold
  }
  log(`${name}: cold loads done (scenarios took ${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  rows.push({ server: name, scenario: '(d) cold load 20k edits', p50Ms: NaN, p95Ms: NaN, p99Ms: NaN, updatesPerSec: NaN, edits: 0, lost: 0, serverCpuUsPerUpdate: NaN, generatorCpuMs: NaN, serverRssMb: server.rssMb(), coldLoadMs: pct(loads, 50) });
  return rows;
}

async function main() {
  process.env.NEXTAUTH_SECRET = SECRET;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-bench-'));
  const servers: ServerProcess[] = [];
  try {
    log('starting both servers (ours seeds 20,000 edits first)');
    const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const ours = await startServer([...nodeArgs, '--import', 'tsx', 'bench/our-server.ts'], { PGLITE_DIR: path.join(dataDir, 'pglite'), DATABASE_URL: '', NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: ORIGIN, REDIS_URL: '' });
    servers.push(ours);
    const refPort = await freePort();
    const ref = await startServer(['node_modules/@y/websocket-server/src/server.js'], { HOST: '127.0.0.1', PORT: String(refPort) }, refPort);
    servers.push(ref);
    log('servers ready');
    const info = ours.info as unknown as { port: number; docs: string[]; coldDoc: string; writers: string[]; readers: string[] };
    const cookies = new Map<string, string>();
    const cookie = async (userId: string) => {
      if (!cookies.has(userId)) cookies.set(userId, `next-auth.session-token=${await encode({ token: { sub: userId }, secret: SECRET })}`);
      return cookies.get(userId)!;
    };
    const oursTarget: Target = {
      url: `ws://127.0.0.1:${info.port}/collab`,
      headers: async (role, i) => ({ origin: ORIGIN, cookie: await cookie((role === 'writer' ? info.writers : info.readers)[i % 4]!) }),
    };
    const refTarget: Target = { url: `ws://127.0.0.1:${refPort}`, headers: async () => ({}) };
    const rows = [
      ...(await suite('reference', ref, refTarget, { a: 'a', b: 'b', c: Array.from({ length: 100 }, (_, i) => `c-${i}`), cold: 'cold' })),
      ...(await suite('pactum', ours, oursTarget, { a: info.docs[0]!, b: info.docs[1]!, c: info.docs, cold: info.coldDoc })),
    ];
    if (asJson) console.log(JSON.stringify({ seconds, node: process.version, cpus: os.cpus().length, rows }, null, 2));
    else printTable(rows);
  } finally {
    for (const s of servers) await s.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function printTable(rows: Row[]) {
  const f = (x: number | undefined, d = 1) => (x === undefined || Number.isNaN(x) ? '—' : x.toFixed(d));
  console.log(`\nscenario                         server      p50 ms  p95 ms  p99 ms  upd/s(deliv)  lost  srv µs/upd  srv RSS MB  gen CPU ms  cold ms`);
  for (const r of rows) {
    console.log(
      `${r.scenario.padEnd(32)} ${r.server.padEnd(10)} ${f(r.p50Ms).padStart(7)} ${f(r.p95Ms).padStart(7)} ${f(r.p99Ms).padStart(7)} ${f(r.updatesPerSec, 0).padStart(13)} ${String(r.lost).padStart(5)} ${f(r.serverCpuUsPerUpdate, 0).padStart(11)} ${f(r.serverRssMb, 0).padStart(11)} ${f(r.generatorCpuMs, 0).padStart(11)} ${f(r.coldLoadMs).padStart(8)}`,
    );
  }
  console.log('\nServer CPU per update = server process CPU during the scenario / edits written (each edit fans out to every other client).');
}

main()
  // Leftover client timers (y-websocket reconnect/awareness intervals) must not keep the CLI alive.
  .then(() => new Promise<void>((resolve) => process.stdout.write('', () => resolve())))
  .then(() => process.exit(0))
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
