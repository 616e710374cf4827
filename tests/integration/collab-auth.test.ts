import { eq } from 'drizzle-orm';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { docUpdates, memberships } from '@/db/schema';
import { CLOSE, MESSAGE, reauthorizeNegotiation } from '@/lib/collab';
import { encodeFrame } from '@/lib/collab/protocol';
import { openTestDatabase } from '../support/test-db';
import { connectClient, rawConnect, seedIds, sessionCookie, startCollab, useCollabEnv, waitFor } from '../support/collab-harness';

describe('collaboration: who may connect, and who may write', () => {
  let db: Db;
  let closeDb: () => Promise<void>;
  let ids: Awaited<ReturnType<typeof seedIds>>;
  let srv: Awaited<ReturnType<typeof startCollab>>;
  const url = (docId: string) => `${srv.url}/${docId}`;

  beforeAll(async () => {
    useCollabEnv();
    ({ db, close: closeDb } = await openTestDatabase({ seeded: true }));
    ids = await seedIds(db);
    srv = await startCollab(db);
  });
  afterAll(async () => {
    await srv?.close();
    await closeDb?.();
  });

  it('refuses a connection without a session cookie (4401)', async () => {
    const { closed } = await rawConnect(url(ids.chapter.id), null);
    expect((await closed).code).toBe(CLOSE.unauthenticated);
  });

  it('refuses a forged or foreign-secret cookie (4401)', async () => {
    const { closed } = await rawConnect(url(ids.chapter.id), 'next-auth.session-token=not-a-jwt');
    expect((await closed).code).toBe(CLOSE.unauthenticated);
  });

  it('refuses a member of another negotiation (4404)', async () => {
    const { closed } = await rawConnect(url(ids.chapter.id), await sessionCookie(ids.users.outsider));
    expect(await closed).toMatchObject({ code: CLOSE.notFound });
  });

  it('refuses a foreign Origin even with a valid session (4403)', async () => {
    const { closed } = await rawConnect(url(ids.chapter.id), await sessionCookie(ids.users.govLead), 'https://evil.example');
    expect((await closed).code).toBe(CLOSE.forbiddenOrigin);
    const none = await rawConnect(url(ids.chapter.id), await sessionCookie(ids.users.govLead), null);
    expect((await none.closed).code).toBe(CLOSE.forbiddenOrigin);
  });

  it('a caucus room refuses the other delegation and admits its own', async () => {
    const { closed } = await rawConnect(url(ids.govCaucus.id), await sessionCookie(ids.users.apmLead));
    expect((await closed).code).toBe(CLOSE.notFound);
    const own = connectClient(srv.url, ids.govCaucus.id, await sessionCookie(ids.users.govLead));
    await waitFor(() => own.provider.synced, 10_000, 'caucus sync');
    expect(own.state.access).toBe('write');
    own.destroy();
  });

  it("drops an observer's crafted Update and SyncStep2 while its presence shows with its real identity", async () => {
    const writer = connectClient(srv.url, ids.chapter.id, await sessionCookie(ids.users.govLead));
    await waitFor(() => writer.provider.synced, 10_000, 'writer sync');
    writer.doc.getText('t').insert(0, 'Agreed text.');
    await waitFor(() => writer.state.saved.length > 1 && Y.decodeStateVector(writer.state.saved).size > 0, 10_000, 'saved');
    const rowsBefore = (await db.select().from(docUpdates).where(eq(docUpdates.documentId, ids.chapter.id))).length;

    const { ws } = await rawConnect(url(ids.chapter.id), await sessionCookie(ids.users.observer));
    const evil = new Y.Doc();
    evil.getText('t').insert(0, 'OBSERVER WAS HERE ');
    const update = Y.encodeStateAsUpdate(evil);
    ws.send(encodeFrame(MESSAGE.sync, update, 2));
    ws.send(encodeFrame(MESSAGE.sync, update, 1));
    const aw = new awarenessProtocol.Awareness(evil);
    aw.setLocalState({ user: { name: 'Helena Marsh (fake)', color: '#000000' }, cursor: null });
    ws.send(encodeFrame(MESSAGE.awareness, awarenessProtocol.encodeAwarenessUpdate(aw, [evil.clientID])));

    await waitFor(() => writer.provider.awareness.getStates().has(evil.clientID), 10_000, 'observer presence');
    const seen = writer.provider.awareness.getStates().get(evil.clientID) as { user: { name: string; role: string } };
    expect(seen.user.name).toBe('Kwame Mensah');
    expect(seen.user.role).toBe('Observer');
    await new Promise((r) => setTimeout(r, 300));
    expect(writer.text()).toBe('Agreed text.');
    expect(ws.readyState).toBe(ws.OPEN); // dropped, not an error
    const rowsAfter = await db.select().from(docUpdates).where(eq(docUpdates.documentId, ids.chapter.id));
    expect(rowsAfter.length).toBe(rowsBefore);
    expect(rowsAfter.some((r) => r.userId === ids.users.observer)).toBe(false);
    ws.close();
    writer.destroy();
    aw.destroy();
  });

  it('closes sockets with 4001 when a role changes, and the client comes back with the new access', async () => {
    const c = connectClient(srv.url, ids.chapter.id, await sessionCookie(ids.users.apmLead));
    await waitFor(() => c.state.access === 'write', 10_000, 'write access');
    await db.update(memberships).set({ role: 'observer', partyId: null }).where(eq(memberships.userId, ids.users.apmLead));
    expect(await reauthorizeNegotiation(ids.chapter.negotiationId)).toBe(1);
    await waitFor(() => c.state.closes.some((x) => x.code === CLOSE.reauthorize), 10_000, '4001');
    await waitFor(() => c.state.access === 'read', 10_000, 'read access after reconnect');
    c.destroy();
  });
});
