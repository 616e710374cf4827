import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { CLOSE, MESSAGE } from '@/lib/collab';
import { encodeFrame } from '@/lib/collab/protocol';
import { createScratchDatabase, openTestDatabase, TEST_DRIVER } from '../support/test-db';
import { startCollabChild } from '../support/collab-child';
import { SERVER_MALLOC_ENV } from '../support/server-env';
import { connectClient, rawConnect, seedIds, sessionCookie, startCollab, useCollabEnv, waitFor } from '../support/collab-harness';
import { prng } from '../support/prng';

/**
 * `npm run test:soak` runs 100,000 on both stores; `npm test` runs 20,000 on each. In a full CI run
 * (2026-12-07, the suite alone on the machine, beside the e2e pass) PostgreSQL's 5,000 took 36 s with
 * health worst 301 ms and PGlite's 20,000 took 132 s with 394 ms; alone, PGlite's 20,000 took 12 s.
 */
const FRAMES = Number(process.env.COLLAB_FUZZ_FRAMES ?? 20_000);
/** The RSS bound through the run (the issue's 512 MiB); set lower only to see the check fail. */
const MAX_RSS_MIB = Number(process.env.COLLAB_FUZZ_MAX_RSS_MIB ?? 512);
/** Parallel hostile sockets: each waits for its frame to be handled (or the socket closed) before the next. */
const WORKERS = 8;
const SEED = Number(process.env.COLLAB_FUZZ_SEED ?? 0x5eed);
const MAX_PAYLOAD = 64 * 1024;

function templates(): Uint8Array[] {
  const d = new Y.Doc();
  d.getText('t').insert(0, 'template text');
  d.getText('t').delete(2, 3);
  d.getMap('m').set('k', [1, 'two', { three: 3 }]);
  const upd = Y.encodeStateAsUpdate(d);
  const aw = new awarenessProtocol.Awareness(d);
  aw.setLocalState({ user: { name: 'x' }, cursor: { anchor: 1 } });
  const out = [
    encodeFrame(MESSAGE.sync, Y.encodeStateVector(d), 0),
    encodeFrame(MESSAGE.sync, upd, 1),
    encodeFrame(MESSAGE.sync, upd, 2),
    encodeFrame(MESSAGE.awareness, awarenessProtocol.encodeAwarenessUpdate(aw, [d.clientID])),
    Uint8Array.of(MESSAGE.queryAwareness),
  ];
  aw.destroy();
  return out;
}

/** Well-formed frames a hostile member sends: over-deep values, another client's id, 1 MB presence. */
function hostile(rand: () => number, victim: Y.Doc): Uint8Array {
  const r = rand();
  if (r < 0.4) {
    const d = new Y.Doc();
    let v: unknown = 1;
    for (let i = 0, n = 17 + Math.floor(rand() * 200); i < n; i++) v = rand() < 0.5 ? [v] : { k: v };
    d.getMap('m').set('deep', v);
    return encodeFrame(MESSAGE.sync, Y.encodeStateAsUpdate(d), 2);
  }
  if (r < 0.8) {
    const d = new Y.Doc();
    Y.applyUpdate(d, Y.encodeStateAsUpdate(victim));
    d.clientID = victim.clientID;
    const sv = Y.encodeStateVector(d);
    d.getText('t').insert(0, 'taken over ');
    return encodeFrame(MESSAGE.sync, Y.encodeStateAsUpdate(d, sv), 2);
  }
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint(e, Math.floor(rand() * 2 ** 31));
  encoding.writeVarUint(e, 1);
  encoding.writeVarString(e, JSON.stringify({ pad: 'x'.repeat(1_000_000) }));
  return encodeFrame(MESSAGE.awareness, encoding.toUint8Array(e));
}

function malformed(rand: () => number, base: Uint8Array[], victim: Y.Doc): Uint8Array | string {
  const pick = base[Math.floor(rand() * base.length)]!;
  const r = rand();
  if (r < 0.02) return hostile(rand, victim);
  const bytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(rand() * 256));
  if (r < 0.2) return bytes(Math.floor(rand() * 48));
  if (r < 0.45) return pick.slice(0, Math.floor(rand() * pick.length)); // truncated
  if (r < 0.7) {
    const m = pick.slice();
    for (let i = 0, n = 1 + Math.floor(rand() * 4); i < n; i++) {
      const at = Math.floor(rand() * m.length);
      m[at] = (m[at] ?? 0) ^ (1 << Math.floor(rand() * 8));
    }
    return m; // bit flips
  }
  if (r < 0.8) return Uint8Array.from([...pick, ...bytes(1 + Math.floor(rand() * 8))]); // trailing garbage
  if (r < 0.9) return Uint8Array.from([pick[0]!, pick[1] ?? 0, 0xff, 0xff, 0xff, 0xff, 0x0f, ...bytes(8)]); // huge length
  if (r < 0.97) return 'text frame';
  return bytes(MAX_PAYLOAD + 1 + Math.floor(rand() * 1024)); // oversized
}

describe('collaboration: malformed input', () => {
  let db: Db;
  let closeDb: () => Promise<void>;
  let ids: Awaited<ReturnType<typeof seedIds>>;
  let srv: Awaited<ReturnType<typeof startCollab>>;
  const crashes: unknown[] = [];
  const onCrash = (err: unknown) => crashes.push(err);

  beforeAll(async () => {
    useCollabEnv();
    ({ db, close: closeDb } = await openTestDatabase({ seeded: true }));
    ids = await seedIds(db);
    srv = await startCollab(db, { maxPayload: MAX_PAYLOAD, rate: { perSecond: 1e6, burst: 1e6 } });
    process.on('uncaughtException', onCrash);
    process.on('unhandledRejection', onCrash);
  });
  afterAll(async () => {
    process.off('uncaughtException', onCrash);
    process.off('unhandledRejection', onCrash);
    await srv?.close();
    await closeDb?.();
  });

  // 7 min for start-up: at a load average of 20 on 2 cores, preparing a fresh embedded database and
  // opening it again took over 4 minutes before the first frame.
  it(
    `survives ${FRAMES} seeded malformed frames: health < 1 s, RSS bounded, heap back within 20 % (RSS too in the soak), the legitimate client converges`,
    { timeout: 420_000 + FRAMES * 60 },
    async () => {
      const env: Record<string, string> = {
        // Reconnects and the probe's awareness queries are the fuzzer's own traffic: no throttling of those.
        COLLAB_OPTIONS: JSON.stringify({
          maxPayload: MAX_PAYLOAD,
          rate: { perSecond: 1e6, burst: 1e6 },
          caps: { connectsPerSecond: 1e6, connectBurst: 1e6 },
          answerIntervalMs: 0,
        }),
      };
      const cleanups: (() => Promise<void> | void)[] = [];
      if (TEST_DRIVER === 'postgres') {
        const scratch = await createScratchDatabase('pactum_fuzz');
        env.DATABASE_URL = scratch.url;
        cleanups.push(scratch.drop);
      } else {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-fuzz-'));
        env.PGLITE_DIR = path.join(dir, 'pglite');
        env.DATABASE_URL = '';
        cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
      }
      // The server under test in its own process, so its RSS (embedded store included) is measured
      // alone. COLLAB_FUZZ_NODE_ARGS adds Node flags to it (e.g. --cpu-prof to profile a run).
      const nodeArgs = ['--expose-gc', ...(process.env.COLLAB_FUZZ_NODE_ARGS ?? '').split(' ').filter(Boolean)];
      const { child, ready, kill } = await startCollabChild(env, nodeArgs);
      cleanups.unshift(async () => {
        // A profiled child writes its profile on a clean exit, which SIGKILL would skip.
        if (nodeArgs.length > 1 && child.exitCode === null) await new Promise((r) => (child.once('exit', r), child.kill('SIGTERM')));
        await kill();
      });
      try {
        const wsBase = `ws://127.0.0.1:${ready.port}/collab`;
        const probe = async (gc = false, resetPeak = false) => {
          const t0 = performance.now();
          const query = [gc && 'gc=1&maps=1', resetPeak && 'resetPeak=1'].filter(Boolean).join('&');
          const body = (await (await fetch(`http://127.0.0.1:${ready.port}/health${query ? `?${query}` : ''}`)).json()) as {
            rss: number;
            hwm?: number;
            heapUsed: number;
            heapTotal: number;
            external: number;
            arrayBuffers: number;
            rooms: number;
            sockets: number;
            maps?: { at: string; size: number; rss: number; perms: string; name: string }[];
            dbHeap?: { used: number; physical: number; external: number };
          };
          return { ms: performance.now() - t0, ...body };
        };
        const docId = ready.ids.chapter.id;
        const legit = connectClient(wsBase, docId, await sessionCookie(ready.ids.users.apmLead!));
        await waitFor(() => legit.provider.synced, 10_000, 'legit sync');
        // The start is the server's footprint once it has settled. A fresh embedded database is created
        // by a short-lived process (db/prepare-embedded.ts), but for some seconds after opening one
        // V8 still compiles PGlite's hot WebAssembly functions in the background, which briefly takes
        // RSS to ~840 MiB (README, memory) with plateaus where two probes agree: a start taken there
        // makes "back within 20 %" easy. So: GC'd probes 1 s apart until five in a row are within 2 %.
        const settled: Awaited<ReturnType<typeof probe>>[] = [];
        for (let i = 0; i < 90; i++) {
          settled.push(await probe(true));
          const last = settled.slice(-5).map((p) => p.rss);
          if (last.length === 5 && Math.max(...last) - Math.min(...last) <= Math.min(...last) * 0.02) break;
          await new Promise((r) => setTimeout(r, 1000));
        }
        const startProbe = settled.at(-1)!;
        const startUpPeak = startProbe.hwm;
        const startRss = startProbe.rss;
        await probe(false, true); // from here the kernel's own peak (VmHWM) covers what 250 ms probes miss
        let worstHealthMs = 0;
        let peakRss = startRss;
        let probing = true;
        const prober = (async () => {
          while (probing) {
            const p = await probe();
            worstHealthMs = Math.max(worstHealthMs, p.ms);
            peakRss = Math.max(peakRss, p.rss);
            await new Promise((r) => setTimeout(r, 250));
          }
        })();
        const cookie = await sessionCookie(ready.ids.users.govLead!);
        const url = `${wsBase}/${docId}`;
        const rand = prng(SEED);
        const base = templates();
        const codes = new Map<number, number>();
        let sent = 0;
        const started = Date.now();

        const worker = async () => {
          let conn: { ws: WebSocket; closed: Promise<{ code: number }> } | null = null;
          while (sent < FRAMES) {
            conn ??= await rawConnect(url, cookie);
            const frame = malformed(rand, base, legit.doc);
            sent++;
            if (sent % 500 === 0) legit.doc.getText('t').insert(0, `[${sent}]`);
            if (sent % 10_000 === 0) {
              const s = (Date.now() - started) / 1000;
              const rate = `${sent} frames in ${s.toFixed(0)} s (${(sent / s).toFixed(0)}/s)`;
              process.stderr.write(
                `fuzz progress: ${rate}; health worst ${worstHealthMs.toFixed(0)} ms; RSS peak ${(peakRss / 2 ** 20).toFixed(0)} MiB\n`,
              );
            }
            const answered = new Promise<'ok'>((resolve) => conn!.ws.once('message', () => resolve('ok')));
            conn.ws.send(frame);
            conn.ws.send(Uint8Array.of(3)); // query awareness: an answer proves the frame was handled
            const outcome = await Promise.race([answered, conn.closed]);
            if (outcome !== 'ok') {
              codes.set(outcome.code, (codes.get(outcome.code) ?? 0) + 1);
              conn = null;
            }
          }
          conn?.ws.close();
        };
        await Promise.all(Array.from({ length: WORKERS }, worker));
        const seconds = (Date.now() - started) / 1000;

        expect([...codes.keys()].filter((c) => c !== CLOSE.protocolError && c !== CLOSE.tooBig && c !== CLOSE.foreignClientId)).toEqual([]);
        expect(codes.get(CLOSE.protocolError)).toBeGreaterThan(0);
        expect(codes.get(CLOSE.tooBig)).toBeGreaterThan(0);
        expect(codes.get(CLOSE.foreignClientId)).toBeGreaterThan(0); // updates under the legitimate client's id
        // Broadcasts of the last fuzzed updates may still be in flight to `legit`: wait until both
        // clients agree before the final edit, or a late concurrent insert at position 0 (ordered
        // by random client id) could land in front of it.
        const check = connectClient(wsBase, docId, await sessionCookie(ready.ids.users.mediator!));
        const converged = () => check.provider.synced && check.text() === legit.text();
        await waitFor(
          converged,
          40_000,
          () =>
            `convergence after fuzz (check ${check.text().length} chars, legit ${legit.text().length}, legit connected: ${legit.provider.wsconnected})`,
        );
        legit.doc.getText('t').insert(0, 'final ');
        await waitFor(() => converged() && check.text().startsWith('final '), 40_000, 'the final edit reaching the second client');
        expect(legit.provider.wsconnected).toBe(true);
        expect(legit.text()).not.toContain('taken over');
        check.destroy();
        legit.destroy();
        let rooms = 1;
        for (let i = 0; i < 100 && rooms > 0; i++) {
          rooms = (await probe()).rooms;
          if (rooms > 0) await new Promise((r) => setTimeout(r, 100));
        }
        expect(rooms).toBe(0);
        probing = false;
        await prober;
        peakRss = Math.max(peakRss, (await probe()).hwm ?? 0);
        // A fresh client after the room reloaded from the database: the same text as the legitimate one.
        const fresh = connectClient(wsBase, docId, await sessionCookie(ready.ids.users.observer!));
        await waitFor(() => fresh.provider.synced && fresh.text().startsWith('final '), 20_000, 'fresh client after reload');
        fresh.destroy();
        await new Promise((r) => setTimeout(r, 1000));
        let end = await probe(true);
        for (let i = 0; i < 10 && (end.rss > startRss * 1.2 || end.heapUsed > startProbe.heapUsed * 1.2); i++) {
          await new Promise((r) => setTimeout(r, 1000));
          end = await probe(true);
        }
        const endRss = end.rss;
        const mib = (n: number) => (n / 1024 / 1024).toFixed(0);
        // Where the RSS grew, by mapping (size: reserved): glibc's main heap ([heap]), other anonymous
        // memory (V8 heaps, malloc arenas, PGlite's WebAssembly memory, stacks), mapped files.
        const before = new Map((startProbe.maps ?? []).map((m) => [m.at, m.rss]));
        const gains = (end.maps ?? []).map((m) => ({ ...m, gain: m.rss - (before.get(m.at) ?? 0) }));
        const byKind = (kind: (name: string) => boolean) => mib(gains.filter((m) => kind(m.name)).reduce((sum, m) => sum + m.gain, 0));
        const after = new Set((end.maps ?? []).map((m) => m.at));
        const added = gains.filter((m) => !before.has(m.at));
        const gone = (startProbe.maps ?? []).filter((m) => !after.has(m.at));
        const grown =
          `[heap] ${byKind((n) => n === '[heap]')}, anonymous ${byKind((n) => !n || (n.startsWith('[') && n !== '[heap]'))}, files ${byKind((n) => n.startsWith('/'))} MiB ` +
          `(new mappings ${added.length}: ${mib(added.reduce((sum, m) => sum + m.rss, 0))} MiB, of which executable ${mib(added.filter((m) => m.perms.includes('x')).reduce((sum, m) => sum + m.rss, 0))} MiB; gone ${gone.length}: ${mib(gone.reduce((sum, m) => sum + m.rss, 0))} MiB); most: ` +
          gains
            .sort((a, b) => b.gain - a.gain)
            .slice(0, 5)
            .map((m) => `+${mib(m.gain)} in ${m.name || 'anonymous'} ${mib(m.size)} MiB`)
            .join(', ');
        const strict = process.env.COLLAB_FUZZ_STRICT_RSS === '1';
        console.log(
          `fuzz (${TEST_DRIVER}, ${(process.env.LD_PRELOAD ?? SERVER_MALLOC_ENV.LD_PRELOAD)?.includes('jemalloc') ? 'jemalloc' : 'glibc malloc'}): ${sent} frames (seed ${SEED}) in ${seconds.toFixed(0)} s; closes by code ${JSON.stringify(Object.fromEntries(codes))}; ` +
            `health worst ${worstHealthMs.toFixed(0)} ms; RSS start ${mib(startRss)} MiB (settled after ${settled.length} probes; peak while starting ` +
            `${startUpPeak ? mib(startUpPeak) : '?'} MiB), peak ${mib(peakRss)} MiB, end ${mib(endRss)} MiB (${(endRss / startRss).toFixed(2)}×); ` +
            `heap after GC ${mib(startProbe.heapUsed)} → ${mib(end.heapUsed)} MiB (committed ${mib(startProbe.heapTotal)} → ${mib(end.heapTotal)}, external ${mib(startProbe.external)} → ${mib(end.external)}); grew most: ${grown || '?'}${startProbe.dbHeap && end.dbHeap ? `; database thread's heap ${mib(startProbe.dbHeap.physical)} → ${mib(end.dbHeap.physical)} MiB (used ${mib(startProbe.dbHeap.used)} → ${mib(end.dbHeap.used)})` : ''}`,
        );
        expect(child.exitCode).toBeNull(); // no crash
        expect(worstHealthMs).toBeLessThan(1000);
        // The whole server under 512 MiB through the run, the embedded store included (README, memory).
        // The soak (npm run test:soak) holds both stores to it; CI's shorter run on PGlite keeps a 1 GiB
        // bound, its peaks having varied more on a loaded box.
        expect(peakRss, 'RSS peak through the run').toBeLessThan((TEST_DRIVER === 'postgres' || strict ? MAX_RSS_MIB : 1024) * 1024 * 1024);
        // Nothing the attack left behind stays reachable: the JS heap after a full GC is back within 20 %.
        expect(end.heapUsed).toBeLessThan(startProbe.heapUsed * 1.2);
        // RSS back within 20 % as well is the soak's check (median of several 100,000-frame runs with
        // jemalloc, tests/support/server-env.ts: 1.09× PostgreSQL, 1.19× PGlite; README, memory). A
        // single run varies by some ±0.08, so CI only prints it. An end far below the start means the
        // start was taken before the server settled, which would hide growth.
        // The soak runs several times and judges the median end ratio (scripts/test-soak.mjs): each run
        // hands its ratio over in a file instead of failing on its own.
        if (process.env.COLLAB_FUZZ_RESULT_FILE)
          fs.appendFileSync(
            process.env.COLLAB_FUZZ_RESULT_FILE,
            `${JSON.stringify({ driver: TEST_DRIVER, endRatio: endRss / startRss })}\n`,
          );
        if (strict) {
          if (!process.env.COLLAB_FUZZ_RESULT_FILE)
            expect(endRss, 'RSS at the end, back within 20 % of the start').toBeLessThan(startRss * 1.2);
          expect(endRss, 'RSS at the end against a start taken before the server settled').toBeGreaterThan(startRss * 0.8);
        }
      } finally {
        for (const c of cleanups) await c();
      }
    },
  );

  it('closes a socket that exceeds the message rate (4529) without touching others', async () => {
    const strict = await startCollab(db, { rate: { perSecond: 10, burst: 20 } });
    const { ws, closed } = await rawConnect(`${strict.url}/${ids.chapter.id}`, await sessionCookie(ids.users.govLead));
    for (let i = 0; i < 50; i++) ws.send(Uint8Array.of(3));
    expect((await closed).code).toBe(CLOSE.rateLimited);
    await strict.close();
  });
});
