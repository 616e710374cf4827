import type { CollabIdentity } from './authorize-upgrade';

/** How long an allowed upgrade is reused for the same session cookie and document (default). */
export const UPGRADE_CACHE_MS = 1000;
const MAX_ENTRIES = 5000;

/**
 * Remembers, for `ttlMs`, that a session cookie was allowed on a document and as whom, so a burst
 * of reconnects by the same session (a flaky network, a tab reopening, a client retrying after a
 * refused frame) costs one cookie decryption and one set of database reads instead of one each.
 * Only allowed upgrades are kept, keyed by the exact signed cookie value (so the claims in it are
 * the ones checked); the session's lifetime is still checked on every hit. `clear()` when access
 * may have narrowed (membership, role, style: reauthorize; a session ended: recheckSessions). A
 * revocation by another process is seen by the session sweep (session-watch.ts), which closes
 * sockets admitted from the cache at its next pass: revocation to close stays ≤ ttlMs + its interval.
 */
export function createUpgradeCache(ttlMs = UPGRADE_CACHE_MS) {
  /** In insertion order, which with one TTL is also expiry order. */
  const entries = new Map<string, { identity: CollabIdentity; until: number }>();
  const keyOf = (cookie: string, documentId: string) => `${documentId} ${cookie}`;
  /** Bumped by clear(): an answer read from the database before a clear() is not kept after it. */
  let generation = 0;

  return {
    get(cookie: string, documentId: string): CollabIdentity | null {
      if (ttlMs <= 0) return null;
      const key = keyOf(cookie, documentId);
      const hit = entries.get(key);
      if (!hit) return null;
      if (hit.until <= performance.now() || hit.identity.session!.expiresAt <= Date.now()) {
        entries.delete(key);
        return null;
      }
      return hit.identity;
    },
    /** Call before reading the database; pass the result to set(). */
    stamp: () => generation,
    set(cookie: string, documentId: string, identity: CollabIdentity, stamp: number): void {
      if (ttlMs <= 0 || !identity.session || stamp !== generation) return;
      const key = keyOf(cookie, documentId);
      const now = performance.now();
      entries.delete(key);
      entries.set(key, { identity, until: now + ttlMs });
      for (const [k, e] of entries) {
        if (e.until > now && entries.size <= MAX_ENTRIES) break;
        entries.delete(k);
      }
    },
    clear(): void {
      generation++;
      entries.clear();
    },
    size: () => entries.size,
  };
}

export type UpgradeCache = ReturnType<typeof createUpgradeCache>;
