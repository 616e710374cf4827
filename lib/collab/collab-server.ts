import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { getDb, type Db } from '@/db/client';
import { isCanonicalId } from '@/lib/ids/canonical-id';
import { authorizeUpgrade, authorizeUser, type CollabIdentity } from './authorize-upgrade';
import { createBatchWriter } from './batch-writer';
import { createCatchUp } from './catch-up';
import { createDocStore, type DocStore } from './doc-store';
import { CLOSE, encodeNotice } from './protocol';
import { createRateLimiter } from './rate-limit';
import { createRedisRelay, RELAY_KIND, type RedisRelay } from './redis-relay';
import { registerCollabServer, unregisterCollabServer } from './registry';
import { ProtocolError, RefusedEdit, Room, type RoomPeer } from './room';
import { createRoomRegistry } from './room-registry';
import { createSessionWatch } from './session-watch';
import { recordQuarantine } from './quarantine';
import { createConnectionCaps, DEFAULT_CAPS, type ConnectionCaps } from './connection-caps';
import { LimitExceeded, type UpdateLimits } from './update-limits';
import { createUpgradeCache } from './upgrade-cache';

/** The collaboration websocket server mounted at /collab/<documentId>. */
export interface CollabServer {
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Re-checks every open socket of a negotiation on this instance; closes the ones whose access changed. */
  reauthorizeLocal(negotiationId: string): Promise<number>;
  /** Also asks the other instances (through Redis) to re-check. */
  reauthorize(negotiationId: string): Promise<number>;
  /** Closes this instance's sockets whose session ended (4401) and asks the others to do the same. */
  recheckSessions(): Promise<number>;
  /** Applies a server-made update to the loaded room; false when the document is not in memory. */
  applyServerUpdate(documentId: string, update: Uint8Array, userId: string | null): Promise<boolean>;
  /** Sends a NOTICE (topic) to every socket of the document on this instance (and, with Redis, the others). */
  notify(documentId: string, topic: string, relayed?: boolean): void;
  /** Number of documents held in memory (tests, metrics). */
  roomCount(): number;
  /** Number of open collaboration sockets on this instance (tests, metrics). */
  socketCount(): number;
  close(): Promise<void>;
}

export interface CollabServerOptions {
  db?: () => Db;
  store?: DocStore;
  /** Largest accepted frame; bigger ones close the socket with 1009. Default 1 MiB. */
  maxPayload?: number;
  /** Messages per second per socket (average) and burst; over it the socket closes with 4529 (CLOSE.rateLimited). */
  rate?: { perSecond: number; burst: number };
  batchMs?: number;
  compactEvery?: number;
  /** Set to share rooms with other instances; default process.env.REDIS_URL. */
  redisUrl?: string | null;
  /** Prefix of the Redis channels (default `pactum:collab:`): instances relay only to those sharing it. */
  redisPrefix?: string;
  /** How often open sockets' sessions are re-checked against the database (default 2 s). */
  sessionCheckMs?: number;
  /** With Redis: how often loaded rooms read what other instances committed (default 2 s; 0 = never). */
  catchUpMs?: number;
  /** What one document may hold (update-limits.ts). */
  limits?: UpdateLimits;
  /** Socket caps per user and address, reconnect throttle, send-buffer budget (connection-caps.ts). */
  caps?: Partial<ConnectionCaps>;
  /** Per socket, answers to repeated sync requests / awareness queries at most this often (default 1000 ms). */
  answerIntervalMs?: number;
  /** How long an allowed upgrade is reused for the same session cookie and document (default 1000 ms; 0 = never; upgrade-cache.ts). */
  upgradeCacheMs?: number;
}

interface Conn extends RoomPeer {
  ws: WebSocket;
  close(code: number, reason: string): void;
}

const PATH = /^\/collab\/([^/?#]+)$/;

/** Creates the collaboration server; call handleUpgrade from the HTTP server's `upgrade` event. */
export function createCollabServer(options: CollabServerOptions = {}): CollabServer {
  const db = options.db ?? getDb;
  const store = options.store ?? createDocStore(db());
  const rate = options.rate ?? { perSecond: 200, burst: 400 };
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxPayload ?? 1024 * 1024, perMessageDeflate: false });
  const redisUrl = options.redisUrl === undefined ? process.env.REDIS_URL : options.redisUrl;
  let relay: RedisRelay | null = null;
  const writer = createBatchWriter(store, options.batchMs ?? 100);
  const rooms = createRoomRegistry({
    load: async (documentId) => {
      await relay?.watch(documentId);
      const room = await Room.load(documentId, {
        store,
        writer,
        compactEvery: options.compactEvery ?? 500,
        limits: options.limits,
        answerIntervalMs: options.answerIntervalMs,
        onQuarantine: (q) => recordQuarantine(db(), documentId, q).catch((err) => console.error(`[collab] recording the quarantine of ${documentId} failed`, err)),
        onSaveError: (err) => {
          console.error(`[collab] saving ${documentId} failed`, err);
          rooms.drop(documentId, room);
          for (const p of room.peers) (p as Conn).ws.close(CLOSE.serverError, 'Could not save; your edits are kept on this device.');
        },
      });
      if (relay) {
        const r = relay;
        room.relay = { update: (u) => r.publish(documentId, RELAY_KIND.update, u), awareness: (u) => r.publish(documentId, RELAY_KIND.awareness, u) };
      }
      return room;
    },
    unloaded: (documentId) => void relay?.unwatch(documentId).catch(() => {}),
  });

  if (redisUrl) {
    relay = createRedisRelay(redisUrl, {
      message(documentId, kind, payload) {
        const room = rooms.peek(documentId);
        if (!room) return;
        try {
          if (kind === RELAY_KIND.update) room.applyRemote(payload);
          else if (kind === RELAY_KIND.awareness) room.applyRemoteAwareness(payload);
          else if (kind === RELAY_KIND.notice) server.notify(documentId, new TextDecoder().decode(payload), true);
        } catch (err) {
          console.error('[collab] bad relay frame', err);
        }
      },
      reauthorize: (negotiationId) => void reauthorizeLocal(negotiationId),
      recheckSessions() {
        upgrades.clear();
        void sessionWatch.check();
      },
      reconnected() {
        void catchUp?.now();
        for (const room of rooms.all()) {
          const presence = room.localAwareness();
          if (presence) relay?.publish(room.documentId, RELAY_KIND.awareness, presence);
        }
      },
    }, options.redisPrefix);
  }
  const catchUp = relay ? createCatchUp({ store, rooms: () => rooms.all(), intervalMs: options.catchUpMs ?? 2000 }) : null;

  const conns = new Set<Conn>();
  const upgrades = createUpgradeCache(options.upgradeCacheMs);
  const caps = createConnectionCaps({ ...DEFAULT_CAPS, ...options.caps });
  const sessionWatch = createSessionWatch({ db, sockets: () => conns, intervalMs: options.sessionCheckMs ?? 2000 });

  function attach(ws: WebSocket, identity: CollabIdentity) {
    const conn: Conn = { ws, identity, clientIds: new Set(), send: (data) => {
        if (ws.readyState !== 1) return;
        // A reader that does not read: drop it rather than queue without bound (a close frame would wait behind the queue).
        if (ws.bufferedAmount > caps.sendBufferBytes) return void ws.terminate();
        ws.send(data);
      }, documentFrames: 0, uncommitted: [], close: (code, reason) => ws.close(code, reason) };
    conns.add(conn);
    const allow = createRateLimiter(rate.perSecond, rate.burst);
    const queue: Uint8Array[] = [];
    let room: Room | null = null;
    const fail = (code: number, reason: string) => ws.close(code, clipReason(reason));
    ws.on('error', () => {}); // ws closes with 1009/1002 itself; the 'close' handler cleans up
    ws.on('message', (data, isBinary) => {
      if (!allow()) return fail(CLOSE.rateLimited, 'Too many messages; reconnecting shortly.');
      if (!isBinary) return fail(CLOSE.protocolError, 'Binary frames only.');
      const bytes = toBytes(data);
      if (!room) return void (queue.length < 64 ? queue.push(bytes) : fail(CLOSE.rateLimited, 'Too many messages before the document loaded.'));
      receive(bytes);
    });
    const receive = (bytes: Uint8Array) => {
      try {
        room!.receive(conn, bytes);
      } catch (err) {
        if (err instanceof RefusedEdit) return fail(CLOSE.editRefused, err.message);
        if (err instanceof LimitExceeded) return fail(err.code, err.message);
        if (!(err instanceof ProtocolError)) console.error('[collab] unexpected error handling a frame', err);
        fail(CLOSE.protocolError, 'Malformed message.');
      }
    };
    ws.on('close', () => {
      conns.delete(conn);
      if (room) rooms.leave(identity.documentId, room, conn);
      room = null;
    });
    rooms
      .join(identity.documentId, conn)
      .then((joined) => {
        if (ws.readyState !== 1) return void rooms.leave(identity.documentId, joined, conn);
        room = joined;
        for (const bytes of queue.splice(0)) if (room) receive(bytes);
      })
      .catch((err) => {
        console.error(`[collab] loading ${identity.documentId} failed`, err);
        fail(CLOSE.serverError, 'The document could not be loaded. Try again shortly.');
      });
  }

  async function reauthorizeLocal(negotiationId: string): Promise<number> {
    upgrades.clear(); // access may have narrowed: the next upgrade reads it afresh
    let closed = 0;
    for (const room of rooms.all()) {
      for (const peer of [...room.peers] as Conn[]) {
        if (peer.identity.negotiationId !== negotiationId) continue;
        const now = await authorizeUser(db(), peer.identity.userId, peer.identity.documentId).catch(() => null);
        if (now?.ok && now.identity.access === peer.identity.access) continue;
        peer.ws.close(CLOSE.reauthorize, 'Your access changed; reconnecting.');
        closed++;
      }
    }
    return closed;
  }

  const server: CollabServer = {
    handleUpgrade(req, socket, head) {
      const match = PATH.exec((req.url ?? '').split('?')[0] ?? '');
      if (!match) return void socket.destroy();
      const documentId = match[1]!;
      if (!isCanonicalId(documentId)) {
        // One room per document: another spelling (case, padding, braces) would open a second, stale room.
        return void wss.handleUpgrade(req, socket, head, (ws) => ws.close(CLOSE.badDocumentId, 'Document ids are lower-case UUIDs; open the document from its link.'));
      }
      const ip = req.socket.remoteAddress ?? 'unknown';
      const gate = caps.admitIp(ip);
      if (gate) return void wss.handleUpgrade(req, socket, head, (ws) => ws.close(gate.code, gate.reason));
      socket.once('close', () => caps.releaseIp(ip));
      authorizeUpgrade(db(), req, documentId, upgrades)
        .then((decision) => {
          if (socket.destroyed) return;
          wss.handleUpgrade(req, socket, head, (ws) => {
            if (!decision.ok) return ws.close(decision.code, decision.reason);
            const full = caps.admitUser(decision.identity.userId);
            if (full) return ws.close(full.code, full.reason);
            ws.once('close', () => caps.releaseUser(decision.identity.userId));
            attach(ws, decision.identity);
          });
        })
        .catch((err) => {
          console.error('[collab] authorization failed', err);
          socket.destroy();
        });
    },
    reauthorizeLocal,
    async recheckSessions() {
      upgrades.clear();
      relay?.publishSessionRecheck();
      return sessionWatch.check();
    },
    async reauthorize(negotiationId) {
      relay?.publishReauthorize(negotiationId);
      return reauthorizeLocal(negotiationId);
    },
    async applyServerUpdate(documentId, update, userId) {
      const room = await rooms.whenLoaded(documentId);
      if (!room) return false;
      room.applyServerUpdate(update, userId);
      return true;
    },
    notify(documentId, topic, relayed = false) {
      rooms.peek(documentId)?.broadcast(encodeNotice(topic), null);
      if (!relayed) relay?.publish(documentId, RELAY_KIND.notice, new TextEncoder().encode(topic));
    },
    roomCount: () => rooms.size(),
    socketCount: () => conns.size,
    async close() {
      sessionWatch.stop();
      catchUp?.stop();
      unregisterCollabServer(server);
      for (const c of wss.clients) c.close(CLOSE.goingAway, 'Server restarting.');
      await rooms.closeAll();
      await relay?.close();
      wss.close();
    },
  };
  registerCollabServer(server);
  return server;
}

/** A close reason fits in 123 bytes of UTF-8 (the frame's limit; `ws` throws otherwise). */
function clipReason(reason: string): string {
  if (Buffer.byteLength(reason) <= 123) return reason;
  let out = reason;
  while (Buffer.byteLength(`${out}…`) > 123) out = out.slice(0, -1);
  return `${out}…`;
}

function toBytes(data: unknown): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data as Buffer[]));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  const b = data as Buffer;
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}
