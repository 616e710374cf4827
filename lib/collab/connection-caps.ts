import { CLOSE } from './protocol';

/** Per-user and per-address limits on collaboration sockets. */
export interface ConnectionCaps {
  /** Open sockets per user (tabs × documents); over it: 4530. */
  perUser: number;
  /** Open (or authorizing) sockets per remote address; over it: 4530. */
  perIp: number;
  /** New sockets per address per second (average) and burst; over it: 4529 (reconnect storms). */
  connectsPerSecond: number;
  connectBurst: number;
  /** Bytes queued for a socket that does not read; over it the connection is dropped. */
  sendBufferBytes: number;
}

export const DEFAULT_CAPS: ConnectionCaps = {
  perUser: 16,
  perIp: 256,
  connectsPerSecond: 20,
  connectBurst: 60,
  sendBufferBytes: 8 * 1024 * 1024,
};

type Refusal = { code: number; reason: string } | null;

/**
 * Counts sockets per user and per address, and throttles new connections per address (token
 * bucket). Refusals are decided before any database work. Idle buckets are forgotten, so an
 * attacker's addresses cost nothing once it leaves.
 */
export function createConnectionCaps(caps: ConnectionCaps) {
  const byUser = new Map<string, number>();
  const byIp = new Map<string, number>();
  const buckets = new Map<string, { tokens: number; at: number }>();
  let sinceSweep = 0;
  const dec = (m: Map<string, number>, k: string) => {
    const n = (m.get(k) ?? 1) - 1;
    if (n <= 0) m.delete(k);
    else m.set(k, n);
  };
  const sweep = (now: number) => {
    for (const [k, b] of buckets) if (now - b.at > 60_000) buckets.delete(k);
  };
  return {
    /** Admits a new upgrade from `ip`, or says why not; on admission the address count is taken (release with releaseIp). */
    admitIp(ip: string): Refusal {
      const now = performance.now();
      if (++sinceSweep >= 1000) {
        sweep(now);
        sinceSweep = 0;
      }
      const b = buckets.get(ip) ?? { tokens: caps.connectBurst, at: now };
      b.tokens = Math.min(caps.connectBurst, b.tokens + ((now - b.at) / 1000) * caps.connectsPerSecond);
      b.at = now;
      buckets.set(ip, b);
      if (b.tokens < 1) return { code: CLOSE.rateLimited, reason: 'Reconnecting too fast; trying again shortly.' };
      b.tokens -= 1;
      if ((byIp.get(ip) ?? 0) >= caps.perIp)
        return { code: CLOSE.tooManySockets, reason: 'Too many connections from this network address.' };
      byIp.set(ip, (byIp.get(ip) ?? 0) + 1);
      return null;
    },
    releaseIp: (ip: string) => dec(byIp, ip),
    /** Takes a socket slot for `userId`, or says why not (release with releaseUser). */
    admitUser(userId: string): Refusal {
      if ((byUser.get(userId) ?? 0) >= caps.perUser)
        return { code: CLOSE.tooManySockets, reason: 'Too many open connections for your account; close other tabs.' };
      byUser.set(userId, (byUser.get(userId) ?? 0) + 1);
      return null;
    },
    releaseUser: (userId: string) => dec(byUser, userId),
    sendBufferBytes: caps.sendBufferBytes,
  };
}
