import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { memberships } from '@/db/schema';
import { type Role } from '@/lib/negotiations/terms';
import { recordEvent } from '@/lib/audit/record-event';
import { assertPartyOf } from '@/lib/invitations/create-invitation';
import { findManageableMember } from './find-member';
import { reauthorizeMembers } from './reauthorize';

/**
 * Gives a member another role (and party for delegation roles); effective on their next request
 * and, through reauthorizeMembers, on open editing sessions.
 * @throws AccessError 404/403; HttpError 400/404/409.
 */
export async function changeMemberRole(
  db: Db,
  userId: string,
  negotiationId: string,
  memberId: string,
  input: { role: Role; partyId: string | null },
) {
  const member = await findManageableMember(db, userId, negotiationId, memberId);
  await assertPartyOf(db, negotiationId, input.partyId);
  const [updated] = await db.transaction(async (tx) => {
    const rows = await tx
      .update(memberships)
      .set({ role: input.role, partyId: input.partyId })
      .where(eq(memberships.id, member.id))
      .returning();
    await recordEvent(tx, {
      negotiationId,
      actorId: userId,
      action: 'member.role_change',
      targetType: 'user',
      targetId: member.userId,
      details: { from: member.role, to: input.role, fromPartyId: member.partyId, toPartyId: input.partyId },
    });
    return rows;
  });
  await reauthorizeMembers(negotiationId);
  return { id: updated!.id, role: updated!.role, partyId: updated!.partyId };
}
