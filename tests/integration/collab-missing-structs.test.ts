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
    w.provider.ws!.addEventListener('message', (e: { data: unknown }) => void fromServer.push([...new Uint8Array(e.data as ArrayBuffer).slice(0, 2)]));
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
});
