import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

/** What travels between instances on a document's channel. */
export const RELAY_KIND = { update: 0, awareness: 1, notice: 3 } as const;
export type RelayKind = (typeof RELAY_KIND)[keyof typeof RELAY_KIND];

export interface RedisRelay {
  /**
   * Subscribes to a document's channel; resolves once Redis confirms, or after a second when Redis
   * is unreachable (the channel is subscribed again on reconnect; the database catch-up covers the gap).
   */
  watch(documentId: string): Promise<void>;
  unwatch(documentId: string): Promise<void>;
  publish(documentId: string, kind: RelayKind, payload: Uint8Array): void;
  /** Asks every instance to re-check sockets of a negotiation. */
  publishReauthorize(negotiationId: string): void;
  /** Asks every instance to re-check the sessions of its sockets (a session was revoked). */
  publishSessionRecheck(): void;
  close(): Promise<void>;
}

/** Channel names start with this unless `prefix` is given (tests and the bench use their own). */
export const DEFAULT_REDIS_PREFIX = 'pactum:collab:';

/**
 * Live fan-out between server instances through Redis pub/sub (PostgreSQL stays the store).
 * Frames are [kind][16-byte instance id][payload]; an instance ignores its own frames.
 */
export function createRedisRelay(
  url: string,
  handlers: {
    message(documentId: string, kind: RelayKind, payload: Uint8Array): void;
    reauthorize(negotiationId: string): void;
    recheckSessions?(): void;
    /** Redis is back after an outage: whatever was published meanwhile is lost. */
    reconnected?(): void;
  },
  prefix = DEFAULT_REDIS_PREFIX,
): RedisRelay {
  const DOC_PREFIX = `${prefix}doc:`;
  const REAUTH_CHANNEL = `${prefix}reauth`;
  const SESSIONS_CHANNEL = `${prefix}sessions`;
  const self = randomBytes(16);
  const pub = new Redis(url, { maxRetriesPerRequest: 3 });
  const sub = new Redis(url, { maxRetriesPerRequest: 3 });
  const watched = new Set<string>();
  // One line per outage, not one per failed publish.
  let down = false;
  const logError = (err: Error) => {
    if (down) return;
    down = true;
    console.error('[collab] redis:', err.message);
  };
  pub.on('error', logError);
  sub.on('error', logError);
  let readyBefore = false;
  sub.on('ready', () => {
    if (down) console.error('[collab] redis: reconnected');
    down = false;
    const channels = [REAUTH_CHANNEL, SESSIONS_CHANNEL, ...[...watched].map((id) => DOC_PREFIX + id)];
    void sub.subscribe(...channels).catch(logError);
    if (readyBefore || watched.size > 0) handlers.reconnected?.(); // also when rooms loaded before Redis first answered
    readyBefore = true;
  });
  sub.on('messageBuffer', (channelBuf: Buffer, data: Buffer) => {
    const channel = channelBuf.toString();
    if (channel === REAUTH_CHANNEL) return handlers.reauthorize(data.toString());
    if (channel === SESSIONS_CHANNEL) return data.equals(self) ? undefined : handlers.recheckSessions?.();
    if (!channel.startsWith(DOC_PREFIX) || data.length < 17) return;
    if (data.subarray(1, 17).equals(self)) return;
    const kind = data[0] as RelayKind;
    handlers.message(channel.slice(DOC_PREFIX.length), kind, new Uint8Array(data.buffer, data.byteOffset + 17, data.length - 17));
  });
  return {
    async watch(id) {
      watched.add(id);
      if (sub.status !== 'ready') return;
      const subscribed = sub.subscribe(DOC_PREFIX + id).catch(logError);
      await Promise.race([subscribed, new Promise((r) => setTimeout(r, 1000).unref())]);
    },
    async unwatch(id) {
      watched.delete(id);
      if (sub.status === 'ready') await sub.unsubscribe(DOC_PREFIX + id).catch(logError);
    },
    publish(id, kind, payload) {
      // While Redis is away a document frame is dropped, not queued: the database catch-up repairs
      // what is missed, and a backlog would arrive late and out of order. Re-authorization and
      // session frames keep ioredis's offline queue (a short blip must not lose them).
      if (pub.status !== 'ready') return;
      void pub.publish(DOC_PREFIX + id, Buffer.concat([Buffer.from([kind]), self, payload])).catch(logError);
    },
    publishReauthorize(negotiationId) {
      void pub.publish(REAUTH_CHANNEL, negotiationId).catch(logError);
    },
    publishSessionRecheck() {
      void pub.publish(SESSIONS_CHANNEL, self).catch(logError);
    },
    async close() {
      sub.disconnect();
      await pub.quit().catch(() => pub.disconnect());
    },
  };
}
