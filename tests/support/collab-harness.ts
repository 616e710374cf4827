import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import * as decoding from 'lib0/decoding';
import { encode } from 'next-auth/jwt';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { Db } from '@/db/client';
import { documents, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { createCollabServer, MESSAGE, type CollabServer, type CollabServerOptions } from '@/lib/collab';
import { isDocumentFrame } from '@/lib/collab/protocol';
import { afterAll, beforeAll } from 'vitest';
import { openTestDatabase } from './test-db';

export const TEST_SECRET = 'collab-test-secret';
export const TEST_ORIGIN = 'http://pactum.test:3000';

/** Sets the env the collab server reads (secret, app URL). */
export function useCollabEnv(): void {
  process.env.NEXTAUTH_SECRET = TEST_SECRET;
  process.env.NEXTAUTH_URL = TEST_ORIGIN;
}

/** A collab server on an HTTP server on 127.0.0.1, port 0. */
export async function startCollab(
  db: Db,
  opts: CollabServerOptions = {},
): Promise<{ url: string; collab: CollabServer; close: () => Promise<void> }> {
  const collab = createCollabServer({ db: () => db, redisUrl: null, ...opts });
  const server = http.createServer((_req, res) => res.writeHead(404).end());
  server.on('upgrade', (req, socket, head) => collab.handleUpgrade(req, socket, head));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}/collab`,
    collab,
    close: async () => {
      await collab.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Seeds the demo negotiation and returns the ids tests need. */
export async function seedIds(db: Db) {
  await seedDemo(db);
  const userRows = await db.select().from(users);
  const docRows = await db.select().from(documents);
  const user = (email: string) => userRows.find((u) => u.email === email)!.id;
  const doc = (title: string) => docRows.find((d) => d.title === title)!;
  return {
    users: {
      govLead: user('gov.lead@pactum.test'),
      govMember: user('gov.member@pactum.test'),
      apmMember: user('apm.member@pactum.test'),
      apmLead: user('apm.lead@pactum.test'),
      observer: user('observer@pactum.test'),
      outsider: user('outsider@pactum.test'),
      mediator: user('mediator@pactum.test'),
    },
    chapter: doc('Chapter III – Security Arrangements'),
    govCaucus: doc('GOV caucus notes'),
    otherDoc: doc('Draft framework on fishing zones'),
  };
}

/** A next-auth session cookie for a user, as the app would set it: a fresh session id (`sid`) begun now (`sat`). */
export async function sessionCookie(userId: string): Promise<string> {
  const token = await encode({ token: { sub: userId, sid: randomUUID(), sat: Date.now() }, secret: TEST_SECRET });
  return `next-auth.session-token=${token}`;
}

/** A WebSocket class that sends this cookie and Origin with the upgrade. */
export function socketWith(cookie: string | null, origin: string | null = TEST_ORIGIN): typeof WebSocket {
  const headers: Record<string, string> = {};
  if (cookie) headers.cookie = cookie;
  if (origin) headers.origin = origin;
  return class extends WebSocket {
    /** Document frames (sync step 2 / update) sent, as the browser's CountingWebSocket counts them. */
    sentFrames = 0;
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
    override send(data: Parameters<WebSocket['send']>[0], ...rest: unknown[]): void {
      if (data instanceof Uint8Array && isDocumentFrame(data)) this.sentFrames++;
      (super.send as (...a: unknown[]) => void)(data, ...rest);
    }
  } as unknown as typeof WebSocket;
}

/** A y-websocket client like the browser's, recording what the server says it saved. */
export function connectClient(url: string, documentId: string, cookie: string | null, origin: string | null = TEST_ORIGIN) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(url, documentId, doc, {
    WebSocketPolyfill: socketWith(cookie, origin) as never,
    disableBc: true,
    maxBackoffTime: 500,
  });
  const state = {
    saved: new Uint8Array([0]) as Uint8Array,
    durableFrames: 0,
    access: '',
    closes: [] as { code: number; reason: string }[],
    notices: [] as string[],
  };
  provider.messageHandlers[MESSAGE.saved] = (_e, d) => {
    state.saved = decoding.readVarUint8Array(d);
    if (decoding.hasContent(d)) state.durableFrames = Math.max(state.durableFrames, decoding.readVarUint(d));
  };
  /** Document frames sent on the current socket (the count restarts with each connection). */
  const sentFrames = () => (provider.ws as unknown as { sentFrames?: number } | null)?.sentFrames ?? 0;
  provider.messageHandlers[MESSAGE.access] = (_e, d) => void (state.access = decoding.readVarString(d));
  provider.messageHandlers[MESSAGE.notice] = (_e, d) => void state.notices.push(decoding.readVarString(d));
  provider.on('connection-close', (event) => event && state.closes.push({ code: event.code, reason: event.reason }));
  const text = () => doc.getText('t').toString();
  const destroy = () => {
    provider.destroy();
    doc.destroy();
  };
  return { doc, provider, state, text, destroy, sentFrames };
}

/** Whether every edit in `local` is covered by the server's saved state vector. */
export function isSaved(local: Y.Doc, saved: Uint8Array): boolean {
  const server = Y.decodeStateVector(saved);
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(local))) if ((server.get(client) ?? 0) < clock) return false;
  return true;
}

/** Polls until `check` holds (it may be async, e.g. a query) or the timeout passes. */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 10_000,
  what: string | (() => string) = 'condition',
): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${typeof what === 'function' ? what() : what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Opens a raw socket and resolves with how it was closed (or 'open' after `ms`). */
export function rawConnect(
  url: string,
  cookie: string | null,
  origin: string | null = TEST_ORIGIN,
): Promise<{ ws: WebSocket; closed: Promise<{ code: number; reason: string }> }> {
  const Ws = socketWith(cookie, origin);
  const ws = new Ws(url) as unknown as WebSocket;
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  ws.on('error', () => {});
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve({ ws, closed }));
    ws.once('unexpected-response', (_r, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
}

export { eq };

/** The text node of the document's first paragraph (null before it exists). */
export const firstText = (doc: Y.Doc) =>
  ((doc.getXmlFragment('default').get(0) as Y.XmlElement | undefined)?.get(0) as Y.XmlText | undefined) ?? null;

/** A seeded test database for one file's tests, opened before them and closed after: `t.db`, `t.ids`. */
export function seededFixture() {
  const ctx = {} as { db: Db; ids: Awaited<ReturnType<typeof seedIds>> };
  let closeDb: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    ({ db: ctx.db, close: closeDb } = await openTestDatabase({ seeded: true }));
    ctx.ids = await seedIds(ctx.db);
  });
  afterAll(async () => closeDb?.());
  return ctx;
}

/**
 * One test file's collaboration setup: a fresh database with the demo seed and a collab server on
 * port 0, torn down after the file. `prepare` runs between seeding and starting the server.
 * The seed is the run's seeded template (the same ids in every file), except with Redis: pub/sub
 * channels are named by document id and shared by every file, so those files seed their own ids.
 */
export function collabFixture(
  opts: CollabServerOptions = {},
  prepare?: (db: Db, ids: Awaited<ReturnType<typeof seedIds>>) => Promise<void>,
) {
  const ctx = {} as { db: Db; ids: Awaited<ReturnType<typeof seedIds>>; srv: Awaited<ReturnType<typeof startCollab>> };
  let closeDb: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    useCollabEnv();
    const opened = await openTestDatabase({ seeded: !opts.redisUrl });
    ctx.db = opened.db;
    closeDb = opened.close;
    ctx.ids = await seedIds(ctx.db);
    await prepare?.(ctx.db, ctx.ids);
    ctx.srv = await startCollab(ctx.db, opts);
  });
  afterAll(async () => {
    await ctx.srv?.close();
    await closeDb?.();
  });
  return ctx;
}

/** A writer's first paragraph with `text`, inserted at the top and acknowledged as stored. */
export async function writeFirstParagraph(client: ReturnType<typeof connectClient>, text: string): Promise<void> {
  client.doc.transact(() => {
    const p = new Y.XmlElement('paragraph');
    p.insert(0, [new Y.XmlText(text)]);
    client.doc.getXmlFragment('default').insert(0, [p]);
  });
  await waitFor(
    () => isSaved(client.doc, client.state.saved) && client.state.durableFrames >= client.sentFrames(),
    10_000,
    'first paragraph stored',
  );
}
