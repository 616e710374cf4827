import { eq } from 'drizzle-orm';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { docUpdates, memberships } from '@/db/schema';
import { CLOSE } from '@/lib/collab';
import { openTestDatabase } from '../support/test-db';
import { missingForScaleOut, redisUrl } from '../support/scale-out-suite';
import { connectClient, isSaved, seedIds, sessionCookie, startCollab, useCollabEnv, waitFor } from '../support/collab-harness';

const missing = missingForScaleOut('collab scale-out test (two instances, Redis + PostgreSQL)');

const ownSaved = (c: ReturnType<typeof connectClient>) =>
  (Y.decodeStateVector(c.state.saved).get(c.doc.clientID) ?? 0) >= Y.getState(c.doc.store, c.doc.clientID);

describe.skipIf(missing.length > 0)('collaboration: two instances through Redis on one PostgreSQL', () => {
  let db: Db;
  let closeDb: () => Promise<void>;
  let ids: Awaited<ReturnType<typeof seedIds>>;
  let a: Awaited<ReturnType<typeof startCollab>>;
  let b: Awaited<ReturnType<typeof startCollab>>;

  beforeAll(async () => {
    useCollabEnv();
    ({ db, close: closeDb } = await openTestDatabase());
    ids = await seedIds(db);
    a = await startCollab(db, { redisUrl });
    b = await startCollab(db, { redisUrl });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await closeDb?.();
  });

  it('clients on different instances converge, see each other, and both instances persist', async () => {
    const onA = connectClient(a.url, ids.chapter.id, await sessionCookie(ids.users.govLead));
    await waitFor(() => onA.provider.synced, 10_000, 'A synced');
    onA.doc.getText('t').insert(0, 'before B joined. ');
    await waitFor(() => isSaved(onA.doc, onA.state.saved), 10_000, 'A saved');
    const onB = connectClient(b.url, ids.chapter.id, await sessionCookie(ids.users.apmLead));
    await waitFor(() => onB.provider.synced && onB.text() === onA.text(), 10_000, 'B synced');
    onA.provider.awareness.setLocalStateField('cursor', null);
    onB.provider.awareness.setLocalStateField('cursor', null);
    for (let i = 0; i < 20; i++) (i % 2 ? onA : onB).doc.getText('t').insert(0, `${i}.`);
    await waitFor(() => onA.text() === onB.text() && onA.text().includes('19.'), 10_000, 'cross-instance convergence');
    await waitFor(
      () => onA.provider.awareness.getStates().has(onB.doc.clientID) && onB.provider.awareness.getStates().has(onA.doc.clientID),
      10_000,
      'cross-instance presence',
    );
    const seen = onA.provider.awareness.getStates().get(onB.doc.clientID) as { user: { name: string } };
    expect(seen.user.name).toBe('Samir Haddad');
    // Each instance acknowledges its own sockets' edits (what a client's "Saved" is about); an
    // instance relays only what it has committed, so the other one's SAVED need not cover them.
    await waitFor(() => ownSaved(onA) && ownSaved(onB), 10_000, 'saved on both');
    const rows = await db.select().from(docUpdates).where(eq(docUpdates.documentId, ids.chapter.id));
    const stored = new Y.Doc();
    rows.forEach((r) => Y.applyUpdate(stored, r.update));
    expect(stored.getText('t').toString()).toBe(onA.text());

    await db.update(memberships).set({ role: 'observer', partyId: null }).where(eq(memberships.userId, ids.users.apmLead));
    await a.collab.reauthorize(ids.chapter.negotiationId); // the socket lives on B
    await waitFor(() => onB.state.closes.some((c) => c.code === CLOSE.reauthorize), 10_000, 'reauthorize through Redis');
    onA.destroy();
    onB.destroy();
  });
});
