import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { afterAll, describe, expect, it } from 'vitest';
import { createScratchDatabase, TEST_DRIVER } from '../support/test-db';
import { startCollabChild } from '../support/collab-child';
import { connectClient, sessionCookie, useCollabEnv, waitFor } from '../support/collab-harness';

describe('collaboration: crash safety', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it(
    'kill -9 during 5 writers: every acknowledged edit survives, and all clients converge after restart',
    { timeout: 240_000 },
    async () => {
      useCollabEnv();
      const env: Record<string, string> = {};
      if (TEST_DRIVER === 'postgres') {
        const scratch = await createScratchDatabase('pactum_crash');
        env.DATABASE_URL = scratch.url;
        cleanups.push(scratch.drop);
      } else {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-crash-'));
        env.PGLITE_DIR = path.join(dir, 'pglite');
        env.DATABASE_URL = '';
        cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
      }

      let { child, ready } = await startCollabChild(env);
      cleanups.push(() => void child.kill('SIGKILL'));
      const url = `ws://127.0.0.1:${ready.port}/collab`;
      const docId = ready.ids.chapter.id;
      const people = ['govLead', 'apmLead', 'govMember', 'apmMember', 'govLead'];
      const writers = await Promise.all(people.map(async (p) => connectClient(url, docId, await sessionCookie(ready.ids.users[p]!))));
      await waitFor(() => writers.every((w) => w.provider.synced), 20_000, 'writers synced');

      // Each edit appends a unique token; remember the writer's clock right after it.
      const edits: { writer: number; token: string; clock: number }[] = [];
      let n = 0;
      const typing = setInterval(() => {
        writers.forEach((w, i) => {
          const token = `<w${i}:${n}>`;
          const t = w.doc.getText('t');
          t.insert(t.length, token);
          edits.push({ writer: i, token, clock: Y.getState(w.doc.store, w.doc.clientID) });
        });
        n++;
      }, 50);
      const ackedNow = () =>
        edits.filter((e) => (Y.decodeStateVector(writers[e.writer]!.state.saved).get(writers[e.writer]!.doc.clientID) ?? 0) >= e.clock);
      // Kill mid-write once enough edits are acknowledged to make the check mean something: at least
      // 2 s of typing, longer on a loaded machine where SAVED comes back more slowly.
      const started = Date.now();
      await new Promise((r) => setTimeout(r, 2000));
      while (ackedNow().length <= 20 && Date.now() - started < 20_000) await new Promise((r) => setTimeout(r, 100));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      const acked = ackedNow();
      writers.forEach((w) => w.provider.disconnect());
      await new Promise((r) => setTimeout(r, 300)); // a little offline typing
      clearInterval(typing);
      expect(acked.length).toBeGreaterThan(20);

      ({ child, ready } = await startCollabChild({ ...env, PORT: String(ready.port) }));
      const reader = connectClient(url, docId, await sessionCookie(ready.ids.users.observer!));
      await waitFor(() => reader.provider.synced, 20_000, 'reader synced after restart');
      const missing = acked.filter((e) => !reader.text().includes(e.token));
      expect(missing.map((e) => e.token)).toEqual([]);

      writers.forEach((w) => w.provider.connect());
      await waitFor(() => writers.every((w) => w.text() === reader.text()), 30_000, 'convergence after restart');
      for (const e of edits) expect(reader.text()).toContain(e.token);
      console.log(
        `crash: ${edits.length} edits, ${acked.length} acknowledged before kill -9, all present; ${writers.length + 1} clients converged`,
      );
      [...writers, reader].forEach((c) => c.destroy());
    },
  );
});
