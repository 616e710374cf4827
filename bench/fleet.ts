import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/** A set of y-websocket clients on one or more documents, measuring propagation latency. */
export interface Target {
  url: string;
  /** Extra upgrade headers (cookie, origin) for a client with this role. */
  headers(role: 'writer' | 'reader', i: number): Promise<Record<string, string>>;
}

export interface ScenarioResult {
  latenciesMs: number[];
  delivered: number;
  edits: number;
  lost: number;
  seconds: number;
}

interface Client {
  doc: Y.Doc;
  provider: WebsocketProvider;
  writerIndex: number;
}

function socketClass(headers: Record<string, string>): typeof WebSocket {
  return class extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  } as unknown as typeof WebSocket;
}

async function connect(target: Target, room: string, role: 'writer' | 'reader', i: number, writerIndex: number): Promise<Client> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(target.url, room, doc, { WebSocketPolyfill: socketClass(await target.headers(role, i)) as never, disableBc: true });
  // Pactum's SAVED (100) and ACCESS (101) messages: read and ignored here.
  provider.messageHandlers[100] = () => {};
  provider.messageHandlers[101] = () => {};
  await new Promise<void>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`client ${i} on ${room} did not sync`)), 30_000);
    provider.once('sync', () => {
      clearTimeout(t);
      resolve();
    });
  });
  return { doc, provider, writerIndex };
}

/**
 * Runs one scenario: `docs` rooms, each with `clientsPerDoc` clients of which `writersPerDoc`
 * edit at `rate` edits/s for `seconds`. Each edit inserts one character and records its send
 * time; latency is measured at every other client of the room when the edit arrives.
 */
export async function runScenario(
  target: Target,
  rooms: string[],
  clientsPerDoc: number,
  writersPerDoc: number,
  rate: number,
  seconds: number,
  probe: { start(): void; stop(): void },
): Promise<ScenarioResult> {
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  let delivered = 0;
  const all: Client[][] = [];
  let n = 0;
  for (const room of rooms) {
    const group = await Promise.all(
      Array.from({ length: clientsPerDoc }, (_, k) => connect(target, room, k < writersPerDoc ? 'writer' : 'reader', n++, k < writersPerDoc ? k : -1)),
    );
    for (const c of group) {
      c.doc.getMap('seq').observe((event) => {
        if (event.transaction.local) return;
        const now = performance.now();
        for (const key of event.keysChanged) {
          const t0 = sentAt.get(`${room}|${key}|${c.doc.getMap('seq').get(key)}`);
          if (t0 !== undefined) latencies.push(now - t0);
          delivered++;
        }
      });
    }
    all.push(group);
  }
  let edits = 0;
  const perRoom = rooms.map(() => 0);
  const timers = all.flatMap((group, r) =>
    group
      .filter((c) => c.writerIndex >= 0)
      .map((c) => {
        let seq = 0;
        return setInterval(() => {
          seq++;
          sentAt.set(`${rooms[r]}|w${c.writerIndex}|${seq}`, performance.now());
          c.doc.transact(() => {
            c.doc.getText('t').insert(0, 'x');
            c.doc.getMap('seq').set(`w${c.writerIndex}`, seq);
          });
          edits++;
          perRoom[r]!++;
        }, 1000 / rate);
      }),
  );
  probe.start();
  const start = performance.now();
  await new Promise((r) => setTimeout(r, seconds * 1000));
  timers.forEach(clearInterval);
  const elapsed = (performance.now() - start) / 1000;
  await new Promise((r) => setTimeout(r, 300)); // the last edits' fan-out
  probe.stop();
  // Let the last edits arrive, then count what every client holds.
  const expected = perRoom;
  const deadline = Date.now() + 10_000;
  const missing = () => all.reduce((s, g, r) => s + g.reduce((t, c) => t + Math.max(0, expected[r]! - c.doc.getText('t').length), 0), 0);
  while (missing() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  const lost = missing();
  for (const c of all.flat()) {
    c.provider.destroy();
    c.doc.destroy();
  }
  return { latenciesMs: latencies, delivered, edits, lost, seconds: elapsed };
}

/** Time for a fresh client to receive a large document. */
export async function coldLoad(target: Target, room: string): Promise<number> {
  const t0 = performance.now();
  const c = await connect(target, room, 'reader', 0, -1);
  const ms = performance.now() - t0;
  const length = c.doc.getText('t').length;
  c.provider.destroy();
  c.doc.destroy();
  if (length < 20_000) throw new Error(`cold load got ${length} characters, expected 20000`);
  return ms;
}

/** Fills a room of the reference server with 20,000 one-character edits (one update each). */
export async function fillReference(target: Target, room: string): Promise<void> {
  const c = await connect(target, room, 'writer', 0, 0);
  for (let i = 0; i < 20_000; i++) {
    c.doc.getText('t').insert(c.doc.getText('t').length, 'x');
    if (i % 1000 === 999) await new Promise((r) => setTimeout(r, 5));
  }
  const check = await connect(target, room, 'reader', 1, -1);
  while (check.doc.getText('t').length < 20_000) await new Promise((r) => setTimeout(r, 50));
  check.provider.destroy();
  check.doc.destroy();
  // The writer stays connected: the reference keeps the document in memory only while it is open.
  (globalThis as { benchKeep?: unknown }).benchKeep = c;
}
