import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { negotiationFloor } from '@/db/schema';
import { requireNegotiation } from '@/lib/access/scope';
import { recordEvent } from '@/lib/audit/record-event';
import { announceFloor } from './announce-floor';
import { getFloor, type FloorView } from './get-floor';

/**
 * The chair takes the floor back (`floor.give`): nobody holds it until it is given again.
 * Recorded in the activity when someone held it; open shared drafts are told at once.
 * @throws AccessError 404 for non-members, 403 without `floor.give`.
 */
export async function takeBackFloor(db: Db, userId: string, negotiationId: string): Promise<FloorView> {
  await requireNegotiation(db, userId, negotiationId, 'floor.give');
  const [removed] = await db.transaction(async (tx) => {
    const rows = await tx.delete(negotiationFloor).where(eq(negotiationFloor.negotiationId, negotiationId)).returning();
    if (rows[0]) {
      await recordEvent(tx, {
        negotiationId,
        actorId: userId,
        action: 'floor.take_back',
        targetType: 'document',
        targetId: rows[0].documentId,
        details: { partyId: rows[0].partyId, documentId: rows[0].documentId },
      });
    }
    return rows;
  });
  if (removed) await announceFloor(db, negotiationId);
  return getFloor(db, userId, negotiationId);
}
