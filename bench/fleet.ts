import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';

/** A set of y-websocket clients on one or more documents, measuring propagation latency. */
export interface Target {
  /** One server, or several instances of one: a room's clients are spread over them in turn. */
  url: string | string[];
  /** Extra upgrade headers (cookie, origin) for a client with this role. */
  headers(role: 'writer' | 'reader', i: number): Promise<Record<string, string>>;
}

interface Client {
  doc: Y.Doc;
  provider: WebsocketProvider;
  writerIndex: number;
  /** Which of the target's URLs (instances) it is connected to. */
  instance: number;
}

function socketClass(headers: Record<string, string>): typeof WebSocket {
  return class extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  } as unknown as typeof WebSocket;
}

const urlOf = (target: Target, k: number) => (Array.isArray(target.url) ? target.url[k % target.url.length]! : target.url);

async function connect(
  target: Target,
  room: string,
  role: 'writer' | 'reader',
  i: number,
  writerIndex: number,
  instance = 0,
  initial?: Uint8Array,
): Promise<Client> {
  const url = urlOf(target, instance);
  const doc = new Y.Doc();
  if (initial) Y.applyUpdate(doc, initial);
  // No presence: a client with a local awareness state re-announces it every 15 s, a burst of
  // N×(N−1) sends that would land in some measured windows and not others. Edits are measured.
  const awareness = new Awareness(doc);
  awareness.setLocalState(null);
  const provider = new WebsocketProvider(url, room, doc, {
    WebSocketPolyfill: socketClass(await target.headers(role, i)) as never,
    disableBc: true,
    awareness,
  });
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
  return { doc, provider, writerIndex, instance: Array.isArray(target.url) ? instance % target.url.length : 0 };
}

/** A delivery to a client on another instance than the writer's. */
export interface CrossDelivery {
  /** From the edit. */
  ms: number;
  /** The edit: its writer's Yjs client id and that client's clock after it. */
  client: number;
  clock: number;
  /** When it arrived (ms since the epoch, comparable across processes on this machine). */
  at: number;
}

/** Commits a server reported: [Yjs client id, clock committed up to, when (ms since the epoch)]. */
export type CommitTimes = [number, number, number][];

/** Per delivery to another instance: how long after its edit's commit it arrived (unmatched ones are left out). */
export function afterCommit(deliveries: CrossDelivery[], commits: CommitTimes): number[] {
  const byClient = new Map<number, [number, number][]>();
  for (const [client, clock, at] of commits) (byClient.get(client) ?? byClient.set(client, []).get(client)!).push([clock, at]);
  for (const list of byClient.values()) list.sort((x, y) => x[1] - y[1]);
  return deliveries.flatMap((d) => {
    const commit = byClient.get(d.client)?.find(([clock]) => clock >= d.clock);
    return commit ? [d.at - commit[1]] : [];
  });
}

/** What one measured window of edits produced. */
export interface WindowResult {
  latenciesMs: number[];
  /**
   * With several instances: latencies of deliveries to a client on the writer's own instance, and
   * of deliveries to a client on another one.
   */
  localLatenciesMs: number[];
  crossDeliveries: CrossDelivery[];
  delivered: number;
  edits: number;
  seconds: number;
}

/** Connected clients on some rooms of one server, ready to edit in measured windows. */
export interface Fleet {
  /** Writers edit at `rate` edits/s each for `seconds`; the probe brackets the edits and their fan-out. */
  run(rate: number, seconds: number, probe?: { start(): void | Promise<void>; stop(): void | Promise<void> }): Promise<WindowResult>;
  /**
   * A fresh client per room on each of the target's URLs: how many edits each lacks after up to
   * 10 s, and how many of them see a text different from the first instance's.
   */
  checkFresh(): Promise<{ missing: number; differing: number }>;
  /** Waits (up to 10 s) until every client holds every edit made so far; returns how many are missing. Disconnects. */
  close(): Promise<number>;
}

/**
 * Connects `clientsPerDoc` clients to each room, `writersPerDoc` of which edit. Each edit inserts
 * one character and records its send time; latency is measured at every other client of the room
 * when the edit arrives.
 */
export async function openFleet(target: Target, rooms: string[], clientsPerDoc: number, writersPerDoc: number): Promise<Fleet> {
  /** Per edit (`room|writer|seq`): when it was sent, from which instance, its writer's client id and clock after it. */
  const sent = new Map<string, { at: number; instance: number; client: number; clock: number }>();
  let latencies: number[] = [];
  let local: number[] = [];
  let cross: CrossDelivery[] = [];
  let delivered = 0;
  const all: Client[][] = [];
  let n = 0;
  for (const room of rooms) {
    const group = await Promise.all(
      Array.from({ length: clientsPerDoc }, (_, k) =>
        connect(target, room, k < writersPerDoc ? 'writer' : 'reader', n++, k < writersPerDoc ? k : -1, k),
      ),
    );
    for (const c of group) {
      c.doc.getMap('seq').observe((event) => {
        if (event.transaction.local) return;
        const now = performance.now();
        for (const key of event.keysChanged) {
          const edit = sent.get(`${room}|${key}|${c.doc.getMap('seq').get(key)}`);
          if (edit) {
            latencies.push(now - edit.at);
            if (edit.instance === c.instance) local.push(now - edit.at);
            else cross.push({ ms: now - edit.at, client: edit.client, clock: edit.clock, at: performance.timeOrigin + now });
          }
          delivered++;
        }
      });
    }
    all.push(group);
  }
  const perRoom = rooms.map(() => 0);
  const seqs = new Map<Client, number>();
  return {
    async run(rate, seconds, probe) {
      latencies = [];
      local = [];
      cross = [];
      delivered = 0;
      let edits = 0;
      // Writers' edits are spread evenly over the period (writer k of n starts k/n of a period
      // late), as independent typists would be, not fired all in the same tick: a burst of
      // simultaneous edits is what a server that merges a turn's updates handles best, and real
      // writers do not synchronise.
      const writers = all.flatMap((group, r) => group.filter((c) => c.writerIndex >= 0).map((c) => ({ c, r })));
      const period = 1000 / rate;
      const timers: NodeJS.Timeout[] = [];
      const edit = (c: Client, r: number) => {
        const seq = (seqs.get(c) ?? 0) + 1;
        seqs.set(c, seq);
        const at = performance.now();
        c.doc.transact(() => {
          c.doc.getText('t').insert(0, 'x');
          c.doc.getMap('seq').set(`w${c.writerIndex}`, seq);
        });
        const clock = Y.getState(c.doc.store, c.doc.clientID);
        sent.set(`${rooms[r]}|w${c.writerIndex}|${seq}`, { at, instance: c.instance, client: c.doc.clientID, clock });
        edits++;
        perRoom[r]!++;
      };
      writers.forEach(({ c, r }, k) =>
        timers.push(
          setTimeout(
            () => {
              edit(c, r);
              timers.push(setInterval(() => edit(c, r), period));
            },
            (k / writers.length) * period,
          ),
        ),
      );
      await probe?.start();
      const start = performance.now();
      await new Promise((r) => setTimeout(r, seconds * 1000));
      timers.forEach(clearTimeout); // clears intervals too
      const elapsed = (performance.now() - start) / 1000;
      await new Promise((r) => setTimeout(r, 300)); // the last edits' fan-out
      await probe?.stop();
      return { latenciesMs: latencies, localLatenciesMs: local, crossDeliveries: cross, delivered, edits, seconds: elapsed };
    },
    async checkFresh() {
      let missing = 0;
      let differing = 0;
      const urls = Array.isArray(target.url) ? target.url : [target.url];
      for (const [r, room] of rooms.entries()) {
        const texts: string[] = [];
        for (const instance of urls.keys()) {
          const c = await connect(target, room, 'reader', r, -1, instance);
          const deadline = Date.now() + 10_000;
          while (c.doc.getText('t').length < perRoom[r]! && Date.now() < deadline) await new Promise((res) => setTimeout(res, 50));
          texts.push(`${c.doc.getText('t').length}|${Buffer.from(Y.encodeStateVector(c.doc)).toString('base64')}`);
          missing += Math.max(0, perRoom[r]! - c.doc.getText('t').length);
          c.provider.destroy();
          c.doc.destroy();
        }
        differing += texts.filter((t) => t !== texts[0]).length;
      }
      return { missing, differing };
    },
    async close() {
      const deadline = Date.now() + 10_000;
      const missing = () => all.reduce((s, g, r) => s + g.reduce((t, c) => t + Math.max(0, perRoom[r]! - c.doc.getText('t').length), 0), 0);
      while (missing() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      const lost = missing();
      for (const c of all.flat()) {
        c.provider.destroy();
        c.doc.destroy();
      }
      return lost;
    },
  };
}

/**
 * One client that joins `room` and stays idle (no presence, no edits) until closed; `initial` is
 * content it brings (the reference has no store, so its rooms hold what the first client brings).
 */
export async function openIdleClient(
  target: Target,
  room: string,
  i: number,
  initial?: Uint8Array,
): Promise<{ bytes: number; close(): void }> {
  const c = await connect(target, room, 'reader', i, -1, 0, initial);
  return {
    bytes: Y.encodeStateAsUpdate(c.doc).length,
    close() {
      c.provider.destroy();
      c.doc.destroy();
    },
  };
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
