import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { createDocStore } from '@/lib/collab/doc-store';
import { CLOSE } from '@/lib/collab';
import { openTestDatabase } from '../support/test-db';
import { connectClient, rawConnect, seedIds, sessionCookie, startCollab, useCollabEnv, waitFor } from '../support/collab-harness';

const FRAMES = Number(process.env.COLLAB_FUZZ_FRAMES ?? 10_000);
const SEED = Number(process.env.COLLAB_FUZZ_SEED ?? 0x5eed);
const MAX_PAYLOAD = 64 * 1024;

/** mulberry32: a small seeded PRNG so a failing run can be replayed with COLLAB_FUZZ_SEED. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function templates(): Uint8Array[] {
  const d = new Y.Doc();
  d.getText('t').insert(0, 'template text');
  d.getText('t').delete(2, 3);
  d.getMap('m').set('k', [1, 'two', { three: 3 }]);
  const upd = Y.encodeStateAsUpdate(d);
  const aw = new awarenessProtocol.Awareness(d);
  aw.setLocalState({ user: { name: 'x' }, cursor: { anchor: 1 } });
  const frame = (parts: (number | Uint8Array)[]) => {
    const e = encoding.createEncoder();
    for (const p of parts) {
      if (typeof p === 'number') encoding.writeVarUint(e, p);
      else encoding.writeVarUint8Array(e, p);
    }
    return encoding.toUint8Array(e);
  };
  const out = [frame([0, 0, Y.encodeStateVector(d)]), frame([0, 1, upd]), frame([0, 2, upd]), frame([1, awarenessProtocol.encodeAwarenessUpdate(aw, [d.clientID])]), frame([3])];
  aw.destroy();
  return out;
}

function malformed(rand: () => number, base: Uint8Array[]): Uint8Array | string {
  const pick = base[Math.floor(rand() * base.length)]!;
  const r = rand();
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

  it(`survives ${FRAMES} seeded malformed frames; the legitimate client still converges`, { timeout: 240_000 }, async () => {
    const legit = connectClient(srv.url, ids.chapter.id, await sessionCookie(ids.users.apmLead));
    await waitFor(() => legit.provider.synced, 10_000, 'legit sync');
    const cookie = await sessionCookie(ids.users.govLead);
    const url = `${srv.url}/${ids.chapter.id}`;
    const rand = prng(SEED);
    const base = templates();
    const codes = new Map<number, number>();
    let sent = 0;

    const worker = async () => {
      let conn: { ws: WebSocket; closed: Promise<{ code: number }> } | null = null;
      while (sent < FRAMES) {
        conn ??= await rawConnect(url, cookie);
        const frame = malformed(rand, base);
        sent++;
        if (sent % 500 === 0) legit.doc.getText('t').insert(0, `[${sent}]`);
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
    await Promise.all([worker(), worker(), worker(), worker()]);

    expect(crashes).toEqual([]);
    expect([...codes.keys()].every((c) => c === CLOSE.protocolError || c === CLOSE.tooBig)).toBe(true);
    expect(codes.get(CLOSE.protocolError)).toBeGreaterThan(0);
    expect(codes.get(CLOSE.tooBig)).toBeGreaterThan(0);
    // Broadcasts of the last fuzzed updates may still be in flight to `legit`: wait until both
    // clients agree before the final edit, or a late concurrent insert at position 0 (ordered
    // by random client id) could land in front of it.
    const check = connectClient(srv.url, ids.chapter.id, await sessionCookie(ids.users.mediator));
    const converged = () => check.provider.synced && check.text() === legit.text();
    await waitFor(converged, 40_000, () => `convergence after fuzz (check ${check.text().length} chars, legit ${legit.text().length}, legit connected: ${legit.provider.wsconnected})`);
    legit.doc.getText('t').insert(0, 'final ');
    await waitFor(() => converged() && check.text().startsWith('final '), 40_000, 'the final edit reaching the second client');
    expect(legit.provider.wsconnected).toBe(true);
    console.log(`fuzz: ${sent} frames (seed ${SEED}), closes by code: ${JSON.stringify(Object.fromEntries(codes))}`);
    check.destroy();
    legit.destroy();
    await waitFor(() => srv.collab.roomCount() === 0, 10_000, 'room unload');
    await new Promise((r) => setTimeout(r, 200));
    const stored = new Y.Doc();
    for (const u of await createDocStore(db).load(ids.chapter.id)) Y.applyUpdate(stored, u);
    expect(stored.getText('t').toString().startsWith('final ')).toBe(true);
  });

  it('closes a socket that exceeds the message rate (4529) without touching others', async () => {
    const strict = await startCollab(db, { rate: { perSecond: 10, burst: 20 } });
    const { ws, closed } = await rawConnect(`${strict.url}/${ids.chapter.id}`, await sessionCookie(ids.users.govLead));
    for (let i = 0; i < 50; i++) ws.send(Uint8Array.of(3));
    expect((await closed).code).toBe(CLOSE.rateLimited);
    await strict.close();
  });
});
