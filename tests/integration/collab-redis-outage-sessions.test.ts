import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { users } from '@/db/schema';
import { CLOSE } from '@/lib/collab';
import { openTestDatabase } from '../support/test-db';
import { missingForScaleOut, redisUrl } from '../support/scale-out-suite';
import { startTcpProxy } from '../support/tcp-proxy';
import { connectClient, seedIds, sessionCookie, startCollab, useCollabEnv, waitFor } from '../support/collab-harness';

const missing = missingForScaleOut('session checks during a Redis outage');

/**
 * A revocation usually reaches the other instances through Redis; while Redis is away each
 * instance's own periodic check against the database must still close the socket within 5 s.
 */
describe.skipIf(missing.length > 0)('collaboration: sessions are re-checked locally while Redis is away', () => {
  let db: Db;
  let closeDb: () => Promise<void>;
  let ids: Awaited<ReturnType<typeof seedIds>>;
  let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
  let a: Awaited<ReturnType<typeof startCollab>>;
  let b: Awaited<ReturnType<typeof startCollab>>;

  beforeAll(async () => {
    useCollabEnv();
    ({ db, close: closeDb } = await openTestDatabase());
    ids = await seedIds(db);
    const target = new URL(redisUrl!);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
    const viaProxy = `redis://127.0.0.1:${proxy.port}`;
    a = await startCollab(db, { redisUrl: viaProxy });
    b = await startCollab(db, { redisUrl: viaProxy });
  });
  afterAll(async () => {
    proxy?.forward(); // let the relays close cleanly
    await a?.close();
    await b?.close();
    await proxy?.close();
    await closeDb?.();
  });

  it('a session revoked during the outage still closes its sockets on every instance within 5 s', async () => {
    const cookie = await sessionCookie(ids.users.apmLead);
    const onA = connectClient(a.url, ids.chapter.id, cookie);
    const onB = connectClient(b.url, ids.chapter.id, cookie);
    await waitFor(() => onA.provider.synced && onB.provider.synced, 10_000, 'both synced');
    proxy.blackhole(); // Redis unreachable: nothing passes either way
    await new Promise((r) => setTimeout(r, 500));
    const started = Date.now();
    // Revoked in the database only (as the CLI or a third instance would), with no relay to carry it.
    await db.update(users).set({ sessionsValidFrom: new Date() }).where(eq(users.id, ids.users.apmLead));
    await waitFor(
      () => [onA, onB].every((c) => c.state.closes.some((x) => x.code === CLOSE.unauthenticated)),
      5000,
      'both sockets closed with 4401',
    );
    expect(Date.now() - started).toBeLessThan(5000);
    onA.destroy();
    onB.destroy();
  });
});
