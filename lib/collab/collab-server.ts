import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { getDb, type Db } from '@/db/client';
import { authorizeUser } from './authorize-upgrade';
import { createBatchWriter } from './batch-writer';
import { createCatchUp } from './catch-up';
import type { ConnectionCaps } from './connection-caps';
import { createConnections, type Conn } from './connections';
import { createDocStore, type DocStore } from './doc-store';
import { CLOSE, encodeNotice } from './protocol';
import { recordQuarantine } from './quarantine';
import { registerCollabServer, unregisterCollabServer } from './registry';
import { wireRelay } from './relay-wiring';
import { Room } from './room';
import { createRoomRegistry, type RoomRegistry } from './room-registry';
import { createMemoryReturn, type MemoryReturnOptions } from './memory-return';
import { createSessionWatch } from './session-watch';
import type { UpdateLimits } from './update-limits';
import { createUpgradeCache, type UpgradeCache } from './upgrade-cache';

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
  /** When to give back the memory of unloaded rooms (memory-return.ts); false = leave it to V8. */
  memoryReturn?: MemoryReturnOptions | false;
}

/**
 * Creates the collaboration server; call handleUpgrade from the HTTP server's `upgrade` event.
 * Composition only: rooms (room-registry.ts, room.ts) share one batched writer; sockets come in
 * through connections.ts; with Redis, relay-wiring.ts and catch-up.ts keep instances level.
 */
export function createCollabServer(options: CollabServerOptions = {}): CollabServer {
  const db = options.db ?? getDb;
  const store = options.store ?? createDocStore(db());
  const redisUrl = options.redisUrl === undefined ? process.env.REDIS_URL : options.redisUrl;
  const writer = createBatchWriter(store, options.batchMs ?? 100);
  const upgrades = createUpgradeCache(options.upgradeCacheMs);
  const memory = options.memoryReturn === false ? null : createMemoryReturn(options.memoryReturn);

  // `relay` is read only when a room loads, after it is set below.
  const rooms: RoomRegistry = createRoomRegistry({
    async load(documentId) {
      await relay?.watch(documentId); // subscribed before loading: nothing relayed falls between
      const room = await Room.load(documentId, {
        store,
        writer,
        compactEvery: options.compactEvery ?? 500,
        limits: options.limits,
        answerIntervalMs: options.answerIntervalMs,
        onQuarantine: (q) =>
          recordQuarantine(db(), documentId, q).catch((err) =>
            console.error(`[collab] recording the quarantine of ${documentId} failed`, err),
          ),
        onSaveError: (err) => {
          console.error(`[collab] saving ${documentId} failed`, err);
          rooms.drop(documentId, room);
          for (const p of room.peers) (p as Conn).close(CLOSE.serverError, 'Could not save; your edits are kept on this device.');
        },
      });
      relay?.connect(room);
      memory?.roomsNow(rooms.size()); // this room is counted from the start of its load
      return room;
    },
    unloaded(documentId) {
      relay?.unwatch(documentId);
      memory?.roomsNow(rooms.size());
    },
  });
  const catchUp = redisUrl ? createCatchUp({ store, rooms: () => rooms.all(), intervalMs: options.catchUpMs ?? 2000 }) : null;
  const relay = redisUrl
    ? wireRelay(redisUrl, options.redisPrefix, {
        rooms,
        notice: (documentId, topic) => server.notify(documentId, topic, true),
        reauthorize: (negotiationId) => void reauthorizeLocal(negotiationId),
        recheckSessions() {
          upgrades.clear();
          void sessionWatch.check();
        },
        catchUp: () => void catchUp?.now(),
      })
    : null;

  const connections = createConnections({
    db,
    rooms,
    upgrades,
    maxPayload: options.maxPayload ?? 1024 * 1024,
    rate: options.rate ?? { perSecond: 200, burst: 400 },
    caps: options.caps,
  });
  const sessionWatch = createSessionWatch({ db, sockets: () => connections.open, intervalMs: options.sessionCheckMs ?? 2000 });
  const reauthorizeLocal = (negotiationId: string) => reauthorizeSockets(db, rooms, upgrades, negotiationId);

  const server: CollabServer = {
    handleUpgrade: connections.handleUpgrade,
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
      if (!relayed) relay?.publishNotice(documentId, topic);
    },
    roomCount: () => rooms.size(),
    socketCount: () => connections.open.size,
    async close() {
      sessionWatch.stop();
      catchUp?.stop();
      unregisterCollabServer(server);
      connections.closeAll();
      await rooms.closeAll(); // saves and compacts every room
      memory?.stop();
      await relay?.close();
      connections.stop();
    },
  };
  registerCollabServer(server);
  return server;
}

/**
 * Re-checks every open socket of a negotiation on this instance against lib/access and closes
 * with 4001 those no longer allowed or whose access level changed; returns how many it closed.
 */
async function reauthorizeSockets(db: () => Db, rooms: RoomRegistry, upgrades: UpgradeCache, negotiationId: string): Promise<number> {
  upgrades.clear(); // access may have narrowed: the next upgrade reads it afresh
  let closed = 0;
  for (const room of rooms.all()) {
    for (const peer of [...room.peers] as Conn[]) {
      if (peer.identity.negotiationId !== negotiationId) continue;
      const now = await authorizeUser(db(), peer.identity.userId, peer.identity.documentId).catch(() => null);
      if (now?.ok && now.identity.access === peer.identity.access) continue;
      peer.close(CLOSE.reauthorize, 'Your access changed; reconnecting.');
      closed++;
    }
  }
  return closed;
}
