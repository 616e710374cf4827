import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { memberships, type Membership } from '@/db/schema';
import { HttpError } from '@/lib/access/errors';
import { isUuid, requireNegotiation } from '@/lib/access/scope';

/**
 * A membership that the acting user may change: they need `members.manage`, the membership must
 * be in this negotiation, and neither their own nor the convener's can be changed here.
 * @throws AccessError 404/403, HttpError 404 (no such member) or 409.
 */
export async function findManageableMember(db: Db, userId: string, negotiationId: string, memberId: string): Promise<Membership> {
  await requireNegotiation(db, userId, negotiationId, 'members.manage');
  const [member] = isUuid(memberId)
    ? await db
        .select()
        .from(memberships)
        .where(and(eq(memberships.id, memberId), eq(memberships.negotiationId, negotiationId)))
        .limit(1)
    : [];
  if (!member) throw new HttpError(404, 'No such member in this negotiation.');
  if (member.userId === userId)
    throw new HttpError(409, 'You cannot change or remove your own membership. Ask another person who manages members.');
  if (member.isConvener) throw new HttpError(409, 'The convener’s membership cannot be changed or removed.');
  return member;
}
