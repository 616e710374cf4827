import { eq } from 'drizzle-orm';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { docSnapshots, docUpdates } from '@/db/schema';
import { notifyDocument } from '@/lib/collab/notify';
import { openTestDatabase } from '../support/test-db';
import { connectClient, isSaved, seedIds, sessionCookie, startCollab, useCollabEnv, waitFor } from '../support/collab-harness';

describe('collaboration: sync and durable saves', () => {
  let db: Db;
  let closeDb: () => Promise<void>;
  let ids: Awaited<ReturnType<typeof seedIds>>;
  let srv: Awaited<ReturnType<typeof startCollab>>;

  beforeAll(async () => {
    useCollabEnv();
    ({ db, close: closeDb } = await openTestDatabase({ seeded: true }));
    ids = await seedIds(db);
    srv = await startCollab(db, { compactEvery: 20 });
  });
  afterAll(async () => {
    await srv?.close();
    await closeDb?.();
  });

  it('two writers converge, saves are acknowledged after commit and attributed', async () => {
    const a = connectClient(srv.url, ids.chapter.id, await sessionCookie(ids.users.govLead));
    const b = connectClient(srv.url, ids.chapter.id, await sessionCookie(ids.users.apmLead));
    await waitFor(() => a.provider.synced && b.provider.synced, 10_000, 'sync');
    expect(a.state.access).toBe('write');
    a.doc.getText('t').insert(0, 'Article 1. ');
    b.doc.getText('t').insert(0, 'Ceasefire. ');
    for (let i = 0; i < 30; i++) (i % 2 ? a : b).doc.getText('t').insert(0, `${i}`);
    await waitFor(() => a.text() === b.text() && a.text().length > 40, 10_000, 'convergence');
    await waitFor(() => isSaved(a.doc, a.state.saved) && isSaved(b.doc, b.state.saved), 10_000, 'saved acknowledgement');

    const rows = await db.select().from(docUpdates).where(eq(docUpdates.documentId, ids.chapter.id));
    expect(new Set(rows.map((r) => r.userId))).toEqual(new Set([ids.users.govLead, ids.users.apmLead]));
    const stored = new Y.Doc();
    for (const r of rows) Y.applyUpdate(stored, r.update);
    expect(stored.getText('t').toString()).toBe(a.text());

    notifyDocument(ids.chapter.id, 'comments');
    await waitFor(() => a.state.notices.includes('comments') && b.state.notices.includes('comments'), 5_000, 'notice');
    a.destroy();
    b.destroy();
  });

  it('unloads the empty room, compacts, and cold-loads snapshot + tail', async () => {
    await waitFor(() => srv.collab.roomCount() === 0, 10_000, 'room unload');
    const snapshot = async () => (await db.select().from(docSnapshots).where(eq(docSnapshots.documentId, ids.chapter.id)))[0];
    await waitFor(async () => (await snapshot()) !== undefined, 10_000, 'the unload compacts into a snapshot');
    expect(await snapshot()).toBeDefined();
    const c = connectClient(srv.url, ids.chapter.id, await sessionCookie(ids.users.govLead));
    await waitFor(() => c.provider.synced, 10_000, 'cold sync');
    expect(c.text()).toMatch(/Article 1\. /);
    expect(c.text()).toMatch(/Ceasefire\. /);
    c.destroy();
  });
});
