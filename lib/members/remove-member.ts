import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { memberships } from '@/db/schema';
import { recordEvent } from '@/lib/audit/record-event';
import { findManageableMember } from './find-member';
import { reauthorizeMembers } from './reauthorize';

/**
 * Removes a member: from their next request on, the negotiation answers 404 to them.
 * @throws AccessError 404/403; HttpError 404/409.
 */
export async function removeMember(db: Db, userId: string, negotiationId: string, memberId: string): Promise<void> {
  const member = await findManageableMember(db, userId, negotiationId, memberId);
  await db.transaction(async (tx) => {
    await tx.delete(memberships).where(eq(memberships.id, member.id));
    await recordEvent(tx, {
      negotiationId,
      actorId: userId,
      action: 'member.remove',
      targetType: 'user',
      targetId: member.userId,
      details: { role: member.role, partyId: member.partyId },
    });
  });
  await reauthorizeMembers(negotiationId);
}
