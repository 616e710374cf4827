import type { IncomingMessage } from 'node:http';
import { craftRights, decide } from '@/lib/access/policy';
import type { CraftRights } from '@/lib/editor/drafting-guard';
import type { GuardActor } from '@/lib/editor/suggestion-guard';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { parties, users } from '@/db/schema';
import { AccessError } from '@/lib/access/errors';
import type { DocumentAccess } from '@/lib/access/policy';
import { requireDocument } from '@/lib/access/scope';
import { NEUTRAL_COLOR, ROLE_LABELS } from '@/lib/negotiations/labels';
import { allowedOrigins } from '@/lib/security/app-origins';
import { parseCookies, readSessionClaims, sessionCookieName, type SessionClaims } from '@/lib/sessions/claims';
import { findSessionUser } from '@/lib/sessions/find-session-user';
import { CLOSE } from './protocol';
import type { UpgradeCache } from './upgrade-cache';

/** Who is on a socket, decided by the server from the session and the database. */
export interface CollabIdentity {
  userId: string;
  negotiationId: string;
  documentId: string;
  access: Exclude<DocumentAccess, 'none'>;
  /** What a suggest-only socket may change (lib/editor/suggestion-guard.ts). */
  guard: GuardActor & CraftRights;
  /** Forced into this connection's awareness states: clients cannot claim another identity. */
  user: { id: string; name: string; color: string; role: string; party: string | null };
  /** The sign-in session the socket rides on; when it ends, the socket closes (session-watch.ts). */
  session?: SessionClaims;
}

export type UpgradeDecision = { ok: true; identity: CollabIdentity } | { ok: false; code: number; reason: string };

/**
 * Decides whether this upgrade may join the room of `documentId`: same Origin, a valid session,
 * and lib/access saying the user may read the document. With `cache`, an allowed answer for the
 * same session cookie and document is reused for a short while (upgrade-cache.ts). Never throws
 * for a refusal.
 */
export async function authorizeUpgrade(db: Db, req: IncomingMessage, documentId: string, cache?: UpgradeCache): Promise<UpgradeDecision> {
  const origin = req.headers.origin;
  if (!origin || !allowedOrigins().has(origin))
    return { ok: false, code: CLOSE.forbiddenOrigin, reason: 'This page may not open the document.' };
  // Only the cookie counts (no Authorization bearer): browsers send it with the upgrade.
  const cookie = parseCookies(req.headers.cookie)[sessionCookieName()];
  const cached = cookie ? cache?.get(cookie, documentId) : null;
  if (cached) return { ok: true, identity: cached };
  const stamp = cache?.stamp() ?? 0;
  const session = await readSessionClaims(req.headers.cookie);
  if (!session || !(await findSessionUser(db, session)))
    return { ok: false, code: CLOSE.unauthenticated, reason: 'Sign in again to keep editing.' };
  const decision = await authorizeUser(db, session.userId, documentId);
  if (!decision.ok) return decision;
  const identity = { ...decision.identity, session };
  if (cookie) cache?.set(cookie, documentId, identity, stamp);
  return { ok: true, identity };
}

/** The identity of `userId` on `documentId` now (also used to re-check open sockets). */
export async function authorizeUser(db: Db, userId: string, documentId: string): Promise<UpgradeDecision> {
  try {
    const scope = await requireDocument(db, userId, documentId);
    const [user] = await db.select({ name: users.name }).from(users).where(eq(users.id, userId)).limit(1);
    if (!user) return { ok: false, code: CLOSE.unauthenticated, reason: 'Sign in again to keep editing.' };
    const party = scope.actor.partyId
      ? (await db.select().from(parties).where(eq(parties.id, scope.actor.partyId)).limit(1))[0]
      : undefined;
    const access = scope.access as CollabIdentity['access'];
    return {
      ok: true,
      identity: {
        userId,
        negotiationId: scope.negotiation.id,
        documentId,
        access,
        guard: {
          userId,
          mayBracket: decide(scope.actor, 'bracket.place', { style: scope.negotiation.style, document: scope.document }) === 'allow',
          ...craftRights(scope.actor, { style: scope.negotiation.style, document: scope.document }),
        },
        user: {
          id: userId,
          name: user.name,
          color: party?.color ?? NEUTRAL_COLOR,
          role: ROLE_LABELS[scope.actor.role],
          party: party?.shortName ?? null,
        },
      },
    };
  } catch (err) {
    if (err instanceof AccessError) return { ok: false, code: CLOSE.notFound, reason: 'No such document, or it is not shared with you.' };
    throw err;
  }
}
