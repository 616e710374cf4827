import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { negotiations } from '@/db/schema';
import { STYLES, type MediationStyle } from '@/lib/negotiations/terms';
import { requireNegotiation } from '@/lib/access/scope';
import { recordEvent } from '@/lib/audit/record-event';
import { reauthorizeMembers } from '@/lib/members/reauthorize';

export const zChangeStyle = z.object({ style: z.enum(STYLES, 'Choose one of the three mediation styles.') });

/**
 * Switches the mediation style (which changes what every role may do) and records it.
 * @throws AccessError 404 for non-members, 403 without `style.change`.
 */
export async function changeStyle(db: Db, userId: string, negotiationId: string, style: MediationStyle): Promise<{ changed: boolean }> {
  const { negotiation } = await requireNegotiation(db, userId, negotiationId, 'style.change');
  if (negotiation.style === style) return { changed: false };
  await db.transaction(async (tx) => {
    await tx.update(negotiations).set({ style, updatedAt: new Date() }).where(eq(negotiations.id, negotiationId));
    await recordEvent(tx, {
      negotiationId,
      actorId: userId,
      action: 'style.change',
      targetType: 'negotiation',
      targetId: negotiationId,
      details: { from: negotiation.style, to: style },
    });
  });
  await reauthorizeMembers(negotiationId);
  return { changed: true };
}
