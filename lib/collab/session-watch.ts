import type { Db } from '@/db/client';
import { findEndedSessions } from '@/lib/sessions/find-session-user';
import type { CollabIdentity } from './authorize-upgrade';
import { CLOSE } from './protocol';

export interface WatchedSocket {
  identity: CollabIdentity;
  close(code: number, reason: string): void;
}

/**
 * Closes the sockets whose session ended (sign-out, sign out everywhere, password change, expiry)
 * with 4401: on every `check()` — called when this process revokes a session or another instance
 * says so through Redis — and every `intervalMs` as a safety net (revocations by the CLI, lost
 * Redis messages), so a revoked session never keeps a socket longer than that. One query pair per
 * check for all sockets; checks never overlap. Never throws.
 */
export function createSessionWatch(opts: { db: () => Db; sockets: () => Iterable<WatchedSocket>; intervalMs: number }) {
  let running: Promise<number> | null = null;
  let again = false;

  async function sweep(): Promise<number> {
    const open = [...opts.sockets()].filter((s) => s.identity.session);
    if (open.length === 0) return 0;
    const ended = await findEndedSessions(
      opts.db(),
      open.map((s) => s.identity.session!),
    );
    let closed = 0;
    for (const s of open) {
      if (!ended.has(s.identity.session!.sessionId)) continue;
      s.close(CLOSE.unauthenticated, 'Your session has ended. Sign in again.');
      closed++;
    }
    return closed;
  }

  function check(): Promise<number> {
    if (running) {
      again = true;
      return running;
    }
    running = sweep()
      .catch(() => 0) // database away: the next check retries; requests fail closed meanwhile
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          void check();
        }
      });
    return running;
  }

  const timer = setInterval(() => void check(), opts.intervalMs);
  timer.unref();
  return { check, stop: () => clearInterval(timer) };
}
