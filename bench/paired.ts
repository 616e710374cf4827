import { sumDelta, type DatabaseCpu } from './database';
import { afterCommit, openFleet, type CommitTimes, type Fleet, type Target, type WindowResult } from './fleet';
import { pct } from './stats';

/** One side of a paired scenario: a server (or several instances of one) and its rooms. */
/** What Pactum's bench server reports since the last call (GET /loop). */
export interface LoopDelay {
  p99: number;
  max: number;
  sends: number;
  /** Each commit's duration (ms), and the batch window. */
  commitsMs: number[];
  batchMs: number;
  /** With BENCH_COMMIT_TIMES=on: what each commit covered, and when. */
  committed: CommitTimes;
}

/** Asks Pactum's bench server at `port` for its LoopDelay. */
export const loopDelayOf = (port: number) => async () => (await (await fetch(`http://127.0.0.1:${port}/loop`)).json()) as LoopDelay;

export interface Side {
  name: string;
  /** CPU of the server process(es), all threads, ms. */
  cpuMs(): number;
  rssMb(): number;
  target: Target;
  rooms: string[];
  /** The database backends' CPU, when they run outside the server (PostgreSQL). */
  databaseCpu?: DatabaseCpu | null;
  /** The server's event-loop delay since the previous call (ms); Pactum's bench server reports it. */
  loopDelay?: () => Promise<LoopDelay>;
}

export interface Scenario {
  key: string;
  label: string;
  clientsPerDoc: number;
  writersPerDoc: number;
  rate: number;
}

export interface Row {
  server: string;
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
  /** The database backends' CPU per update (outside the server process), and the ratio with it added. */
  databaseCpuUsPerUpdate?: number;
  cpuWithDatabaseRatio?: number;
  /** Second rows: median over rounds of (this side / first side) for the windows run back to back. */
  cpuRatio?: number;
  p99Ratio?: number;
  serverRssMb: number;
  generatorCpuMs: number;
  coldLoadMs?: number;
  /** The server's event-loop delay during the windows (ms): p99 of the worst window, and the maximum. */
  loopP99Ms?: number;
  loopMaxMs?: number;
  /** Socket messages the server sent per edit written (the fan-out, SAVED, ...). */
  sendsPerUpdate?: number;
  /** Pactum: its batch window and the p99 of its commits' durations (ms). */
  batchMs?: number;
  commitP99Ms?: number;
  /**
   * Several instances: p99 of deliveries on the writer's instance and to another one, and of how
   * long after its edit's commit a delivery to another instance came (the relay and that
   * instance's fan-out); ratios are medians of pairs against the first side's p99 of all
   * deliveries. `unmatched`: deliveries to another instance whose commit was not reported.
   */
  instances?: {
    localP99Ms: number;
    crossP99Ms: number;
    afterCommitP99Ms: number;
    localP99Ratio: number;
    afterCommitP99Ratio: number;
    unmatched: number;
  };
}

interface Window extends WindowResult {
  loop?: LoopDelay;
  serverCpuMs: number;
  databaseCpuMs: number;
  generatorCpuMs: number;
}

const median = (xs: number[]) => pct(xs, 50);

/** One measured window: server and generator CPU are counted only while edits flow and fan out. */
async function measureWindow(side: Side, fleet: Fleet, rate: number, secs: number): Promise<Window> {
  let cpu0 = 0;
  let cpu = 0;
  let db0 = new Map<number, number>();
  let db = 0;
  let gen0 = process.cpuUsage();
  let gen = { user: 0, system: 0 };
  let loop: LoopDelay | undefined;
  const r = await fleet.run(rate, secs, {
    start: async () => {
      await side.loopDelay?.();
      if (side.databaseCpu) db0 = await side.databaseCpu();
      cpu0 = side.cpuMs();
      gen0 = process.cpuUsage();
    },
    stop: async () => {
      cpu = side.cpuMs() - cpu0;
      gen = process.cpuUsage(gen0);
      if (side.databaseCpu) db = sumDelta(db0, await side.databaseCpu());
      loop = await side.loopDelay?.();
    },
  });
  return { ...r, loop, serverCpuMs: cpu, databaseCpuMs: db, generatorCpuMs: (gen.user + gen.system) / 1000 };
}

/**
 * Runs a scenario on two sides with their fleets connected side by side: a short unmeasured
 * warm-up each, then `rounds` pairs of windows back to back (the order alternates), so drift in
 * the machine's speed hits both alike. The second side's ratios are medians of per-pair ratios.
 * `beforeClose` sees the fleets while they are still connected (e.g. fresh-client checks).
 */
export async function pairedScenario(
  sides: [Side, Side],
  sc: Scenario,
  opts: {
    rounds: number;
    seconds: number;
    warmUpSeconds: number;
    log(message: string): void;
    beforeClose?(fleets: [Fleet, Fleet]): Promise<void>;
  },
): Promise<[Row, Row]> {
  const fleets = [] as unknown as [Fleet, Fleet];
  for (const side of sides) fleets.push(await openFleet(side.target, side.rooms, sc.clientsPerDoc, sc.writersPerDoc));
  opts.log(`${sc.label}: ${sides[1].rooms.length * sc.clientsPerDoc} clients on each side; warming up`);
  for (const fleet of fleets) await fleet.run(sc.rate, opts.warmUpSeconds);
  const windows: [Window[], Window[]] = [[], []];
  for (let r = 0; r < opts.rounds; r++) {
    for (const i of r % 2 === 0 ? [0, 1] : [1, 0]) windows[i]!.push(await measureWindow(sides[i]!, fleets[i]!, sc.rate, opts.seconds));
  }
  await opts.beforeClose?.(fleets);
  const rows = [] as unknown as [Row, Row];
  for (const [i, side] of sides.entries()) {
    const ws = windows[i]!;
    const latencies = ws.flatMap((w) => w.latenciesMs);
    const edits = ws.reduce((s, w) => s + w.edits, 0);
    const cpuMs = ws.reduce((s, w) => s + w.serverCpuMs, 0);
    rows.push({
      server: side.name,
      scenario: sc.label,
      p50Ms: pct(latencies, 50),
      p95Ms: pct(latencies, 95),
      p99Ms: pct(latencies, 99),
      updatesPerSec: ws.reduce((s, w) => s + w.delivered, 0) / ws.reduce((s, w) => s + w.seconds, 0),
      edits,
      lost: await fleets[i]!.close(),
      serverCpuUsPerUpdate: (cpuMs * 1000) / Math.max(1, edits),
      serverCpuUsPerUpdateByRound: ws.map((w) => (w.serverCpuMs * 1000) / Math.max(1, w.edits)),
      ...(side.databaseCpu ? { databaseCpuUsPerUpdate: (ws.reduce((s, x) => s + x.databaseCpuMs, 0) * 1000) / Math.max(1, edits) } : {}),
      serverRssMb: side.rssMb(),
      generatorCpuMs: ws.reduce((s, w) => s + w.generatorCpuMs, 0),
      ...(side.loopDelay
        ? {
            loopP99Ms: Math.max(...ws.map((w) => w.loop!.p99)),
            loopMaxMs: Math.max(...ws.map((w) => w.loop!.max)),
            sendsPerUpdate: ws.reduce((s, w) => s + w.loop!.sends, 0) / Math.max(1, edits),
            batchMs: ws[0]!.loop!.batchMs,
            commitP99Ms: pct(
              ws.flatMap((w) => w.loop!.commitsMs),
              99,
            ),
          }
        : {}),
    });
  }
  const [base, other] = rows;
  const [wb, wo] = windows;
  other.cpuRatio = median(other.serverCpuUsPerUpdateByRound!.map((v, i) => v / base.serverCpuUsPerUpdateByRound![i]!));
  if (sides[1].databaseCpu) {
    const total = (w: Window) => (w.serverCpuMs + w.databaseCpuMs) / Math.max(1, w.edits);
    other.cpuWithDatabaseRatio = median(wo.map((w, i) => total(w) / total(wb[i]!)));
  }
  other.p99Ratio = median(wo.map((w, i) => pct(w.latenciesMs, 99) / pct(wb[i]!.latenciesMs, 99)));
  if (wo.some((w) => w.crossDeliveries.length > 0) && wo.every((w) => w.loop)) {
    const after = wo.map((w) => afterCommit(w.crossDeliveries, w.loop!.committed));
    const p99Against = (xs: number[][]) => median(xs.map((x, i) => pct(x, 99) / pct(wb[i]!.latenciesMs, 99)));
    other.instances = {
      localP99Ms: pct(
        wo.flatMap((w) => w.localLatenciesMs),
        99,
      ),
      crossP99Ms: pct(
        wo.flatMap((w) => w.crossDeliveries.map((d) => d.ms)),
        99,
      ),
      afterCommitP99Ms: pct(after.flat(), 99),
      localP99Ratio: p99Against(wo.map((w) => w.localLatenciesMs)),
      afterCommitP99Ratio: p99Against(after),
      unmatched: wo.reduce((s, w, i) => s + w.crossDeliveries.length - after[i]!.length, 0),
    };
  }
  const loop = rows
    .filter((r) => r.loopMaxMs !== undefined)
    .map(
      (r) => `; ${r.server} event-loop delay p99 ${r.loopP99Ms} ms, max ${r.loopMaxMs} ms, ${r.sendsPerUpdate!.toFixed(0)} sends/update`,
    );
  opts.log(
    `${sc.label}: p99 ${base.p99Ms.toFixed(1)} / ${other.p99Ms.toFixed(1)} ms, CPU ratio ${other.cpuRatio.toFixed(2)}×, lost ${base.lost} / ${other.lost}${loop.join('')}`,
  );
  return rows;
}
