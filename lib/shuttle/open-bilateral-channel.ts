import { and, eq, max } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { documents, parties, type DocumentRow } from '@/db/schema';
import { forbidden, HttpError } from '@/lib/access/errors';
import { decide } from '@/lib/access/policy';
import { requireNegotiation } from '@/lib/access/scope';
import { recordEvent } from '@/lib/audit/record-event';

export const zOpenBilateral = z.object({ partyId: z.uuid('Choose the delegation.') });

/**
 * Shuttle diplomacy: the channel between the mediation team and one delegation — a document only
 * they can open (lib/access/policy.ts, ownsPrivateDocument). Opened on demand by the lead mediator
 * (who holds 'text.release'); opening it again returns the existing one.
 * @throws AccessError 404 for non-members, 403 for anyone but the lead mediator; HttpError 400 for a foreign delegation.
 */
export async function openBilateralChannel(
  db: Db,
  userId: string,
  negotiationId: string,
  body: unknown,
): Promise<{ document: DocumentRow; created: boolean }> {
  const { negotiation, actor } = await requireNegotiation(db, userId, negotiationId);
  if (decide(actor, 'text.release', { style: negotiation.style }) !== 'allow')
    throw forbidden('Only the lead mediator opens bilateral channels.');
  const { partyId } = zOpenBilateral.parse(body);
  return db.transaction(async (tx) => {
    // The delegation's row is the lock: two mediators opening the same channel at once get one.
    const [party] = await tx
      .select()
      .from(parties)
      .where(and(eq(parties.id, partyId), eq(parties.negotiationId, negotiationId)))
      .for('update');
    if (!party) throw new HttpError(400, 'That delegation is not part of this negotiation.');
    const [existing] = await tx
      .select()
      .from(documents)
      .where(and(eq(documents.negotiationId, negotiationId), eq(documents.kind, 'bilateral'), eq(documents.partyId, partyId)))
      .limit(1);
    if (existing) return { document: existing, created: false };
    const [last] = await tx
      .select({ position: max(documents.position) })
      .from(documents)
      .where(eq(documents.negotiationId, negotiationId));
    const [doc] = await tx
      .insert(documents)
      .values({
        negotiationId,
        kind: 'bilateral',
        partyId,
        title: `Bilateral channel — ${party.shortName}`,
        position: (last?.position ?? 0) + 1,
      })
      .returning();
    await recordEvent(tx, {
      negotiationId,
      actorId: userId,
      action: 'document.create',
      targetType: 'document',
      targetId: doc!.id,
      details: { kind: 'bilateral', title: null },
    });
    return { document: doc!, created: true };
  });
}
