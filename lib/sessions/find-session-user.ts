import { and, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { revokedSessions, users, type User } from '@/db/schema';
import type { SessionClaims } from './claims';

/**
 * The user of a session that is still on: not signed out, not begun before the user's
 * "sessions valid from" (sign out everywhere, password change), not past its lifetime. Read from
 * the database on every request, so a revocation takes effect at the next request.
 */
export async function findSessionUser(db: Db, claims: SessionClaims): Promise<User | null> {
  if (claims.expiresAt <= Date.now()) return null;
  const [user] = await db
    .select()
    .from(users)
    .where(
      and(
        eq(users.id, claims.userId),
        or(isNull(users.sessionsValidFrom), lte(users.sessionsValidFrom, new Date(claims.startedAt))),
        sql`not exists (select 1 from ${revokedSessions} where ${revokedSessions.sessionId} = ${claims.sessionId})`,
      ),
    )
    .limit(1);
  return user ?? null;
}

/** Of these sessions, the ids that have ended (revoked, superseded or expired): for open sockets. */
export async function findEndedSessions(db: Db, sessions: readonly SessionClaims[]): Promise<Set<string>> {
  const ended = new Set<string>();
  const live = sessions.filter((s) => (s.expiresAt <= Date.now() ? !ended.add(s.sessionId) : true));
  if (live.length === 0) return ended;
  const revoked = await db
    .select({ id: revokedSessions.sessionId })
    .from(revokedSessions)
    .where(inArray(revokedSessions.sessionId, [...new Set(live.map((s) => s.sessionId))]));
  for (const r of revoked) ended.add(r.id);
  const userRows = await db
    .select({ id: users.id, validFrom: users.sessionsValidFrom })
    .from(users)
    .where(inArray(users.id, [...new Set(live.map((s) => s.userId))]));
  const validFrom = new Map(userRows.map((u) => [u.id, u.validFrom]));
  for (const s of live) {
    if (!validFrom.has(s.userId)) ended.add(s.sessionId);
    const from = validFrom.get(s.userId);
    if (from && from.getTime() > s.startedAt) ended.add(s.sessionId);
  }
  return ended;
}
