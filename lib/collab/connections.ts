import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Db } from '@/db/client';
import { isCanonicalId } from '@/lib/ids/canonical-id';
import { authorizeUpgrade, type CollabIdentity } from './authorize-upgrade';
import { createConnectionCaps, DEFAULT_CAPS, type ConnectionCaps } from './connection-caps';
import { CLOSE } from './protocol';
import { createRateLimiter } from './rate-limit';
import { ProtocolError, RefusedEdit, type Room, type RoomPeer } from './room';
import type { RoomRegistry } from './room-registry';
import { LimitExceeded } from './update-limits';
import type { UpgradeCache } from './upgrade-cache';

/** One open collaboration socket as the server sees it: a room peer it can close. */
export interface Conn extends RoomPeer {
  close(code: number, reason: string): void;
}

/** The sockets of one server: accepting them, and every frame from them until they close. */
export interface Connections {
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** The sockets that passed authorization and are open (session checks, metrics). */
  readonly open: ReadonlySet<Conn>;
  /** Closes every socket with 1001 (the server is going away). */
  closeAll(): void;
  /** Stops the websocket server (after the rooms are saved). */
  stop(): void;
}

const PATH = /^\/collab\/([^/?#]+)$/;

/** Before a document loads, a socket's frames wait in a queue of at most this many (4529 beyond). */
const QUEUE_BEFORE_LOAD = 64;

/**
 * Accepts collaboration sockets: path and id, per-address caps, authorization (all before the
 * socket is accepted, so a refusal is a close code and no document data), per-user caps, then the
 * socket joins its document's room and each frame goes to `Room.receive`. Throws nothing: every
 * failure is a close code on that socket alone.
 */
export function createConnections(opts: {
  db: () => Db;
  rooms: RoomRegistry;
  upgrades: UpgradeCache;
  /** Largest accepted frame (bigger ones: 1009, closed by `ws`). */
  maxPayload: number;
  /** Messages per second per socket (average) and burst; over it: 4529. */
  rate: { perSecond: number; burst: number };
  caps?: Partial<ConnectionCaps>;
}): Connections {
  const { db, rooms, upgrades, rate } = opts;
  const wss = new WebSocketServer({ noServer: true, maxPayload: opts.maxPayload, perMessageDeflate: false });
  const caps = createConnectionCaps({ ...DEFAULT_CAPS, ...opts.caps });
  const open = new Set<Conn>();

  /** Runs one authorized socket: its room, its frames, its cleanup. */
  function attach(ws: WebSocket, identity: CollabIdentity) {
    const conn: Conn = {
      identity,
      clientIds: new Set(),
      send: (data) => {
        if (ws.readyState !== 1) return;
        // A reader that does not read: drop it rather than queue without bound (a close frame would wait behind the queue).
        if (ws.bufferedAmount > caps.sendBufferBytes) return void ws.terminate();
        ws.send(data);
      },
      close: (code, reason) => ws.close(code, reason),
    };
    open.add(conn);
    const allow = createRateLimiter(rate.perSecond, rate.burst);
    const queue: Uint8Array[] = [];
    let room: Room | null = null;
    const fail = (code: number, reason: string) => ws.close(code, clipReason(reason));
    ws.on('error', () => {}); // ws closes with 1009/1002 itself; the 'close' handler cleans up
    ws.on('message', (data, isBinary) => {
      if (!allow()) return fail(CLOSE.rateLimited, 'Too many messages; reconnecting shortly.');
      if (!isBinary) return fail(CLOSE.protocolError, 'Binary frames only.');
      const bytes = toBytes(data);
      if (!room)
        return void (queue.length < QUEUE_BEFORE_LOAD
          ? queue.push(bytes)
          : fail(CLOSE.rateLimited, 'Too many messages before the document loaded.'));
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
      open.delete(conn);
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

  return {
    handleUpgrade(req, socket, head) {
      const match = PATH.exec((req.url ?? '').split('?')[0] ?? '');
      if (!match) return void socket.destroy();
      const documentId = match[1]!;
      if (!isCanonicalId(documentId)) {
        // One room per document: another spelling (case, padding, braces) would open a second, stale room.
        const reason = 'Document ids are lower-case UUIDs; open the document from its link.';
        return void wss.handleUpgrade(req, socket, head, (ws) => ws.close(CLOSE.badDocumentId, reason));
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
    open,
    closeAll() {
      for (const c of wss.clients) c.close(CLOSE.goingAway, 'Server restarting.');
    },
    stop: () => wss.close(),
  };
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
