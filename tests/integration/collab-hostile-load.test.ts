import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { CLOSE, encodeFrame, MESSAGE } from '@/lib/collab/protocol';
import { TEST_DRIVER } from '../support/test-db';
import { collabFixture, connectClient, isSaved, rawConnect, sessionCookie, waitFor } from '../support/collab-harness';

function awarenessFrame(states: [clientId: number, clock: number, json: string][]): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, states.length);
  for (const [id, clock, json] of states) {
    encoding.writeVarUint(inner, id);
    encoding.writeVarUint(inner, clock);
    encoding.writeVarString(inner, json);
  }
  return encodeFrame(MESSAGE.awareness, encoding.toUint8Array(inner));
}

const mib = (n: number) => Math.round(n / 1024 / 1024);

describe(`collaboration against a hostile member: load (${TEST_DRIVER})`, { timeout: 90_000 }, () => {
  const t = collabFixture();
  const url = () => `${t.srv.url}/${t.ids.chapter.id}`;

  it('a 1 MB awareness state is refused (1009); a 1-byte awareness query stays small with many present', async () => {
    const big = await rawConnect(url(), await sessionCookie(t.ids.users.apmLead));
    big.ws.send(awarenessFrame([[4242, 1, JSON.stringify({ pad: 'x'.repeat(1_000_000) })]]));
    expect((await big.closed).code).toBe(CLOSE.tooBig);

    const users = [
      t.ids.users.govLead,
      t.ids.users.govMember,
      t.ids.users.apmLead,
      t.ids.users.apmMember,
      t.ids.users.mediator,
      t.ids.users.observer,
    ];
    const crowd: WebSocket[] = [];
    let id = 10_000;
    for (const user of users) {
      const { ws } = await rawConnect(url(), await sessionCookie(user));
      crowd.push(ws);
      // As much presence as one socket can announce: several ids, each state as large as accepted.
      for (let k = 0; k < 8; k++) ws.send(awarenessFrame([[id++, 1, JSON.stringify({ pad: 'x'.repeat(15_000) })]]));
    }
    await new Promise((r) => setTimeout(r, 500));
    const { ws: asker } = await rawConnect(url(), await sessionCookie(t.ids.users.govLead));
    let largest = 0;
    asker.on('message', (data: Buffer) => void (largest = Math.max(largest, data.length)));
    await new Promise((r) => setTimeout(r, 300));
    largest = 0;
    asker.send(Uint8Array.of(3));
    await new Promise((r) => setTimeout(r, 500));
    expect(largest).toBeGreaterThan(0);
    expect(largest).toBeLessThan(64 * 1024);
    for (const ws of [...crowd, asker]) ws.close();
  });

  it('300 sockets from one user: the per-user cap (4530) and reconnect throttle (4529) close the rest; another user still edits', async () => {
    const cookie = await sessionCookie(t.ids.users.govMember);
    const opened = await Promise.all(Array.from({ length: 300 }, () => rawConnect(url(), cookie)));
    const capped = await Promise.all(
      opened.map(({ closed }) => Promise.race([closed.then((c) => c.code), new Promise<number>((r) => setTimeout(() => r(0), 3000))])),
    );
    // Over the per-user cap: 4530; faster than the reconnect throttle allows: 4529. Both say "later".
    const refused = capped.filter((c) => c === CLOSE.tooManySockets || c === CLOSE.rateLimited).length;
    expect(refused).toBeGreaterThanOrEqual(300 - 16);
    expect(capped.filter((c) => c === CLOSE.tooManySockets).length).toBeGreaterThan(0);
    expect(capped.filter((c) => c !== CLOSE.tooManySockets && c !== CLOSE.rateLimited && c !== 0)).toEqual([]);
    const started = Date.now();
    const apm = connectClient(t.srv.url, t.ids.chapter.id, await sessionCookie(t.ids.users.apmLead));
    await waitFor(() => apm.provider.synced, 5_000, 'APM sync while the cap holds');
    apm.doc.getText('t').insert(0, 'APM edits. ');
    await waitFor(() => isSaved(apm.doc, apm.state.saved), 5_000, 'APM saved');
    expect(Date.now() - started).toBeLessThan(3_000);
    for (const { ws } of opened) ws.close();
    apm.destroy();
  });

  it('a reader that never reads its replies is cut off; memory stays bounded and returns', async () => {
    const writer = connectClient(t.srv.url, t.ids.chapter.id, await sessionCookie(t.ids.users.govLead));
    await waitFor(() => writer.provider.synced, 10_000, 'writer sync');
    for (let i = 0; i < 24; i++) writer.doc.getText('t').insert(0, `${i}${'lorem ipsum '.repeat(8_000)}`); // ~2.3 MB
    await waitFor(() => isSaved(writer.doc, writer.state.saved), 20_000, 'large text saved');
    global.gc?.();
    const start = process.memoryUsage().rss;
    const baseline = t.srv.collab.socketCount();
    const { ws } = await rawConnect(url(), await sessionCookie(t.ids.users.observer));
    (ws as unknown as { _socket: { pause(): void } })._socket.pause(); // never reads again
    const request = encodeFrame(MESSAGE.sync, Y.encodeStateVector(new Y.Doc()), 0);
    let peak = start;
    const sampler = setInterval(() => void (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    for (let i = 0; i < 400; i++) {
      ws.send(request);
      ws.send(Uint8Array.of(3));
      if (i % 20 === 0) await new Promise((r) => setTimeout(r, 10));
    }
    const cut = await waitFor(() => t.srv.collab.socketCount() === baseline, 30_000, 'the reader cut off').then(
      () => true,
      () => false,
    );
    clearInterval(sampler);
    console.log(`never-reading reader: RSS start ${mib(start)} MiB, peak ${mib(peak)} MiB, cut off: ${cut}`);
    expect(cut).toBe(true);
    expect(peak - start).toBeLessThan(150 * 1024 * 1024);
    // The legitimate writer is unaffected.
    writer.doc.getText('t').insert(0, 'after ');
    await waitFor(() => isSaved(writer.doc, writer.state.saved), 10_000, 'writer still saved');
    writer.destroy();
  });
});
