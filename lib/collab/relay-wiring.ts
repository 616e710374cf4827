import { createRedisRelay, RELAY_KIND } from './redis-relay';
import type { Room } from './room';
import type { RoomRegistry } from './room-registry';

/** The Redis relay as the rooms of one server use it. */
export interface RelayWiring {
  /** Subscribes to a document's channel; awaited before its room loads, so no relayed update falls between. */
  watch(documentId: string): Promise<void>;
  /** Hands a loaded room its outgoing side: committed updates and its sockets' presence. */
  connect(room: Room): void;
  /** Unsubscribes once a document's room is gone. */
  unwatch(documentId: string): void;
  publishNotice(documentId: string, topic: string): void;
  publishReauthorize(negotiationId: string): void;
  publishSessionRecheck(): void;
  close(): Promise<void>;
}

/**
 * Connects the rooms of one server to the other instances through Redis (redis-relay.ts): relayed
 * updates and presence go to the loaded room of their document (an unloaded one reads the database
 * when it loads), notices and re-checks to the server's hooks. After an outage the catch-up runs
 * at once and the rooms re-announce their sockets' presence, since what was published meanwhile is lost.
 */
export function wireRelay(
  url: string,
  prefix: string | undefined,
  opts: {
    rooms: RoomRegistry;
    /** A NOTICE from another instance, for this instance's sockets only. */
    notice(documentId: string, topic: string): void;
    reauthorize(negotiationId: string): void;
    recheckSessions(): void;
    /** Redis is back after an outage: read what other instances committed meanwhile. */
    catchUp(): void;
  },
): RelayWiring {
  const { rooms } = opts;
  const relay = createRedisRelay(
    url,
    {
      message(documentId, kind, payload) {
        const room = rooms.peek(documentId);
        if (!room) return;
        try {
          if (kind === RELAY_KIND.update) room.applyRemote(payload);
          else if (kind === RELAY_KIND.awareness) room.applyRemoteAwareness(payload);
          else if (kind === RELAY_KIND.notice) opts.notice(documentId, new TextDecoder().decode(payload));
        } catch (err) {
          console.error('[collab] bad relay frame', err);
        }
      },
      reauthorize: (negotiationId) => opts.reauthorize(negotiationId),
      recheckSessions: () => opts.recheckSessions(),
      reconnected() {
        opts.catchUp();
        for (const room of rooms.all()) {
          const presence = room.localAwareness();
          if (presence) relay.publish(room.documentId, RELAY_KIND.awareness, presence);
        }
      },
    },
    prefix,
  );
  return {
    watch: (documentId) => relay.watch(documentId),
    connect(room) {
      const documentId = room.documentId;
      room.relay = {
        update: (u) => relay.publish(documentId, RELAY_KIND.update, u),
        awareness: (u) => relay.publish(documentId, RELAY_KIND.awareness, u),
      };
    },
    unwatch: (documentId) => void relay.unwatch(documentId).catch(() => {}),
    publishNotice: (documentId, topic) => relay.publish(documentId, RELAY_KIND.notice, new TextEncoder().encode(topic)),
    publishReauthorize: (negotiationId) => relay.publishReauthorize(negotiationId),
    publishSessionRecheck: () => relay.publishSessionRecheck(),
    close: () => relay.close(),
  };
}
