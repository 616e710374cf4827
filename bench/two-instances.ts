import { randomBytes } from 'node:crypto';
import { createBenchDatabase, watchDatabaseCpu } from './database';
import type { Target } from './fleet';
import { loopDelayOf, pairedScenario, type Row, type Scenario, type Side } from './paired';
import { startServer, type ServerProcess } from './servers';

const loopDelay = (s: ServerProcess) => loopDelayOf(s.info.port);

/** What a bench server prints when ready (bench/our-server.ts). */
export interface OurInfo {
  port: number;
  docs: string[];
  coldDoc: string | null;
  roomDocs: string[];
  roomState: string | null;
  writers: string[];
  readers: string[];
}

export interface TwoInstancesResult {
  rows: [Row, Row];
  /** A fresh client on each instance after the run: edits it lacks, instances showing another text. */
  fresh: { missing: number; differing: number };
}

/**
 * Scenario (f): Pactum on PostgreSQL, one instance against two instances relaying through Redis
 * (each with its own fresh database, so each side's backends' CPU is its own). The two instances'
 * clients are split evenly (writers too); their CPU is summed. After the windows, a fresh client
 * on each instance must see every edit and the same state.
 */
export async function twoInstances(opts: {
  bundle: string;
  nodeArgs: string[];
  env: Record<string, string>;
  redisUrl: string;
  scenario: Scenario;
  target(info: OurInfo, urls: string | string[]): Target;
  servers: ServerProcess[];
  cleanups: (() => Promise<void>)[];
  paired: { rounds: number; seconds: number; warmUpSeconds: number; log(message: string): void };
}): Promise<TwoInstancesResult> {
  const { log } = opts.paired;
  const soloUrl = await createBenchDatabase('f1', opts.cleanups);
  const pairUrl = await createBenchDatabase('f2', opts.cleanups);
  const env = { ...opts.env, BENCH_COLD: 'off', BENCH_ROOMS: '0', BENCH_COMMIT_TIMES: 'on' };
  const start = async (extra: Record<string, string>) => {
    const s = await startServer([...opts.nodeArgs, opts.bundle], { ...env, ...extra });
    opts.servers.push(s);
    return s;
  };
  log('(f) starting one instance and two instances (PostgreSQL, Redis)');
  const prefix = `pactum-bench:${randomBytes(6).toString('hex')}:`;
  const redis = { BENCH_REDIS_URL: opts.redisUrl, BENCH_REDIS_PREFIX: prefix };
  const [solo, a] = await Promise.all([start({ DATABASE_URL: soloUrl }), start({ DATABASE_URL: pairUrl, ...redis })]);
  const b = await start({ DATABASE_URL: pairUrl, ...redis, BENCH_REPLICA: 'on' });
  const soloInfo = solo.info as unknown as OurInfo;
  const pairInfo = a.info as unknown as OurInfo;
  const url = (s: ServerProcess) => `ws://127.0.0.1:${s.info.port}/collab`;
  const sides: [Side, Side] = [
    {
      name: 'pactum ×1',
      cpuMs: solo.cpuMs,
      rssMb: solo.rssMb,
      target: opts.target(soloInfo, url(solo)),
      rooms: [soloInfo.docs[1]!],
      databaseCpu: await watchDatabaseCpu(soloUrl, opts.cleanups),
      loopDelay: loopDelay(solo),
    },
    {
      name: 'pactum ×2',
      cpuMs: () => a.cpuMs() + b.cpuMs(),
      rssMb: () => a.rssMb() + b.rssMb(),
      target: opts.target(pairInfo, [url(a), url(b)]),
      rooms: [pairInfo.docs[1]!],
      databaseCpu: await watchDatabaseCpu(pairUrl, opts.cleanups),
      loopDelay: async () => {
        const [x, y] = await Promise.all([loopDelay(a)(), loopDelay(b)()]);
        return {
          p99: Math.max(x.p99, y.p99),
          max: Math.max(x.max, y.max),
          sends: x.sends + y.sends,
          commitsMs: [...x.commitsMs, ...y.commitsMs],
          batchMs: x.batchMs,
          committed: [...x.committed, ...y.committed],
        };
      },
    },
  ];
  let fresh = { missing: NaN, differing: NaN };
  const rows = await pairedScenario(sides, opts.scenario, {
    ...opts.paired,
    beforeClose: async ([, pair]) => {
      fresh = await pair.checkFresh();
      log(`(f) fresh client on each instance: ${fresh.missing} edits missing, ${fresh.differing} instance(s) differing`);
    },
  });
  for (const s of [solo, a, b]) await s.stop();
  return { rows, fresh };
}
