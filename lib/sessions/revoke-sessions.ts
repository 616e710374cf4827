import { eq, lt } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { revokedSessions, users } from '@/db/schema';
import { recheckCollabSessions } from '@/lib/collab/registry';
import type { SessionClaims } from './claims';

/**
 * Ends one session (sign-out): its cookie is refused from the next request on, and its open
 * document sockets close at once on this instance and, through Redis, on the others (every
 * instance also re-checks its sockets every few seconds, which covers the CLI and lost messages).
 */
export async function revokeSession(db: Db, claims: SessionClaims): Promise<void> {
  await db.delete(revokedSessions).where(lt(revokedSessions.expiresAt, new Date()));
  await db
    .insert(revokedSessions)
    .values({ sessionId: claims.sessionId, userId: claims.userId, expiresAt: new Date(claims.expiresAt) })
    .onConflictDoNothing();
  await recheckCollabSessions();
}

/** Ends every session of a user begun until now (sign out everywhere, password change). */
export async function revokeUserSessions(db: Db, userId: string): Promise<void> {
  await db.update(users).set({ sessionsValidFrom: new Date() }).where(eq(users.id, userId));
  await recheckCollabSessions();
}

/** Ends every session of every user (an administrator's "sign everyone out"). Returns how many users. */
export async function revokeAllSessions(db: Db): Promise<number> {
  const rows = await db.update(users).set({ sessionsValidFrom: new Date() }).returning({ id: users.id });
  await recheckCollabSessions();
  return rows.length;
}
