import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { invitations } from '@/db/schema';
import { requireNegotiation } from '@/lib/access/scope';

/**
 * Open invitations (not accepted, not expired) of a negotiation, newest first. Tokens are not
 * recoverable: the link is shown once, when the invitation is created.
 * @throws AccessError 404/403 (needs `members.manage`).
 */
export async function listInvitations(db: Db, userId: string, negotiationId: string) {
  await requireNegotiation(db, userId, negotiationId, 'members.manage');
  return db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      partyId: invitations.partyId,
      expiresAt: invitations.expiresAt,
      createdAt: invitations.createdAt,
    })
    .from(invitations)
    .where(and(eq(invitations.negotiationId, negotiationId), isNull(invitations.acceptedAt), gt(invitations.expiresAt, new Date())))
    .orderBy(desc(invitations.createdAt));
}
