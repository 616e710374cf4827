import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { isDocumentFrame } from '@/lib/collab/protocol';
import { collabFixture, connectClient, isSaved, sessionCookie, waitFor } from '../support/collab-harness';

/**
 * A client whose update builds on structs the server lacks (another instance died before
 * committing them, or the relay lost them) is asked for them with sync step 1 and stays
 * connected; before, it was closed with 1002 on every reconnect.
 */
describe('collaboration: an update that depends on structs the server lacks', () => {
  const ctx = collabFixture();

  it('is answered with sync step 1, then everything is stored and acknowledged; the socket stays open', async () => {
    const { srv, ids } = ctx;
    const w = connectClient(srv.url, ids.chapter.id, await sessionCookie(ids.users.govLead));
    await waitFor(() => w.provider.synced, 10_000, 'synced');
    const fromServer: number[][] = [];
    w.provider.ws!.addEventListener(
      'message',
      (e: { data: unknown }) => void fromServer.push([...new Uint8Array(e.data as ArrayBuffer).slice(0, 2)]),
    );
    // The server never hears the first edit (as if the instance that took it died uncommitted).
    const ws = w.provider.ws as unknown as { send(d: Uint8Array): void };
    const send = ws.send.bind(ws);
    let dropped = 0;
    ws.send = (d: Uint8Array) => (dropped === 0 && isDocumentFrame(d) ? void dropped++ : send(d));
    w.doc.getText('t').insert(0, 'Forces withdraw');
    expect(dropped).toBe(1);
    w.doc.getText('t').insert(15, ' within 30 days.'); // builds on the lost edit
    await waitFor(() => isSaved(w.doc, w.state.saved), 10_000, 'both edits stored and acknowledged');
    expect(fromServer.some(([type, kind]) => type === 0 && kind === 0)).toBe(true); // asked: sync step 1
    expect(w.state.closes).toEqual([]);

    const fresh = connectClient(srv.url, ids.chapter.id, await sessionCookie(ids.users.observer));
    await waitFor(() => fresh.provider.synced, 10_000, 'fresh client synced');
    expect(fresh.text()).toBe('Forces withdraw within 30 days.');
    expect(Y.encodeStateVector(fresh.doc)).toEqual(Y.encodeStateVector(w.doc));
    w.destroy();
    fresh.destroy();
  });

  it('a resend held for another person’s edits is acknowledged once those arrive, though its writer sends nothing more', async () => {
    // Two writers of an instance that died: each had seen the other's unsaved edits. G resends first;
    // its own part builds on X's edits, which are X's to resend, so it is held and G is asked again.
    // When X's resend arrives the held part goes on; G, silent by then, must still hear Saved.
    const { srv, ids } = ctx;
    // A text of its own in the chapter's document (the first test wrote to 't').
    const x = connectClient(srv.url, ids.chapter.id, await sessionCookie(ids.users.apmLead));
    const g = connectClient(srv.url, ids.chapter.id, await sessionCookie(ids.users.govLead));
    await waitFor(() => x.provider.synced && g.provider.synced, 10_000, 'both synced');
    x.doc.getText('art').insert(0, 'Article 1. ');
    await waitFor(
      () => isSaved(x.doc, x.state.saved) && g.doc.getText('art').toString() === 'Article 1. ',
      10_000,
      'X’s first edit stored and seen by G',
    );

    x.provider.disconnect();
    g.provider.disconnect();
    x.doc.getText('art').insert(11, 'Forces withdraw ');
    Y.applyUpdate(g.doc, Y.encodeStateAsUpdate(x.doc)); // G saw X's edit before the instance died
    g.doc.getText('art').insert(27, 'within 30 days.'); // and built on it
    g.provider.connect();
    await waitFor(() => g.provider.synced, 10_000, 'G back');
    await new Promise((r) => setTimeout(r, 1500)); // G's resend is held (and asked again) meanwhile
    expect(isSaved(g.doc, g.state.saved)).toBe(false);

    x.provider.connect();
    await waitFor(() => isSaved(x.doc, x.state.saved) && x.state.durableFrames >= x.sentFrames(), 10_000, 'X’s resend stored');
    await waitFor(
      () => isSaved(g.doc, g.state.saved) && g.state.durableFrames >= g.sentFrames(),
      10_000,
      'G’s held resend acknowledged without G typing again',
    );
    expect([...x.state.closes, ...g.state.closes].filter((c) => c.code !== 1000 && c.code !== 1005)).toEqual([]);

    const fresh = connectClient(srv.url, ids.chapter.id, await sessionCookie(ids.users.observer));
    await waitFor(() => fresh.provider.synced, 10_000, 'fresh client synced');
    expect(fresh.doc.getText('art').toString()).toBe('Article 1. Forces withdraw within 30 days.');
    for (const c of [x, g, fresh]) c.destroy();
  });
});
