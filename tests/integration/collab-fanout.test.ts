import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { collabFixture, connectClient, rawConnect, sessionCookie, waitFor } from '../support/collab-harness';

/**
 * The fan-out of a room with many sockets costs one send per socket per update (measured in
 * `npm run bench` (e): the writes to 499 sockets are most of the server's time). Updates that
 * reach the server in one burst — a backlog after a stall, a client flushing its queue — go out
 * as one merged update per socket, so a server that fell behind catches up instead of falling
 * further behind.
 */
describe('collaboration: fan-out of a burst of updates', () => {
  const ctx = collabFixture();

  it('sends a burst of 50 updates to a reader as a few merged frames that carry all of them', async () => {
    const { srv, ids } = ctx;
    const reader = await rawConnect(`${srv.url}/${ids.chapter.id}`, await sessionCookie(ids.users.observer));
    const seen = new Y.Doc();
    let updateFrames = 0;
    reader.ws.on('message', (data: Buffer) => {
      const d = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(d) !== 0) return;
      const kind = decoding.readVarUint(d);
      if (kind !== 2 && kind !== 1) return;
      if (kind === 2) updateFrames++;
      Y.applyUpdate(seen, decoding.readVarUint8Array(d));
    });
    const a = connectClient(srv.url, ids.chapter.id, await sessionCookie(ids.users.govLead));
    const b = connectClient(srv.url, ids.chapter.id, await sessionCookie(ids.users.apmLead));
    await waitFor(() => a.provider.synced && b.provider.synced, 10_000, 'sync');
    await new Promise((r) => setTimeout(r, 200)); // the greetings are over
    updateFrames = 0;
    // 50 updates (two writers, interleaved) leave in one synchronous run: the server, on this
    // thread, reads them only afterwards, in one go.
    for (let i = 0; i < 50; i++) (i % 2 ? a : b).doc.getText('t').insert(0, `${i % 10}`);
    await waitFor(
      () => seen.getText('t').length === 50 && a.text() === b.text() && a.text().length === 50,
      10_000,
      () => `reader has ${seen.getText('t').length} of 50`,
    );
    expect(seen.getText('t').toString()).toBe(a.text());
    expect(updateFrames).toBeGreaterThan(0);
    expect(updateFrames).toBeLessThanOrEqual(5);
    a.destroy();
    b.destroy();
    reader.ws.close();
  });
});
