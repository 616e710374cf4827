import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { documents, negotiationFloor, parties } from '@/db/schema';
import { HttpError } from '@/lib/access/errors';
import { requireNegotiation } from '@/lib/access/scope';
import { recordEvent } from '@/lib/audit/record-event';
import { getFloor, type FloorView } from './get-floor';
import { announceFloor } from './announce-floor';

/** Give the floor to a delegation (`party` + its id) or to the mediation team, on one agenda item. */
export const zGiveFloor = z.discriminatedUnion(
  'holder',
  [
    z.strictObject({ holder: z.literal('party'), partyId: z.uuid('Choose a delegation.'), documentId: z.uuid('Choose an agenda item.') }),
    z.strictObject({ holder: z.literal('mediation'), documentId: z.uuid('Choose an agenda item.') }),
  ],
  'Give the floor to a delegation or to the mediation team.',
);
export type GiveFloorInput = z.infer<typeof zGiveFloor>;

/**
 * Gives the floor (`floor.give`) and records it in the activity; open shared drafts are told at once.
 * @throws AccessError 404 for non-members, 403 without `floor.give`; HttpError 400 when the party or
 * agenda item is not one of this negotiation's (any other id answers the same, so nothing leaks).
 */
export async function giveFloor(db: Db, userId: string, negotiationId: string, input: GiveFloorInput): Promise<FloorView> {
  await requireNegotiation(db, userId, negotiationId, 'floor.give');
  const [doc] = await db
    .select({ id: documents.id, title: documents.title })
    .from(documents)
    .where(and(eq(documents.id, input.documentId), eq(documents.negotiationId, negotiationId), eq(documents.kind, 'shared')))
    .limit(1);
  if (!doc) throw new HttpError(400, 'Choose one of the shared drafts on the agenda.');
  const partyId = input.holder === 'party' ? input.partyId : null;
  let shortName: string | null = null;
  if (partyId) {
    const [party] = await db
      .select({ shortName: parties.shortName })
      .from(parties)
      .where(and(eq(parties.id, partyId), eq(parties.negotiationId, negotiationId)))
      .limit(1);
    if (!party) throw new HttpError(400, 'Choose one of the delegations at the table.');
    shortName = party.shortName;
  }
  await db.transaction(async (tx) => {
    const [current] = await tx.select().from(negotiationFloor).where(eq(negotiationFloor.negotiationId, negotiationId)).limit(1);
    if (current && current.partyId === partyId && current.documentId === doc.id) return;
    const values = { partyId, documentId: doc.id, givenBy: userId, givenAt: new Date() };
    await tx
      .insert(negotiationFloor)
      .values({ negotiationId, ...values })
      .onConflictDoUpdate({ target: negotiationFloor.negotiationId, set: values });
    await recordEvent(tx, {
      negotiationId,
      actorId: userId,
      action: 'floor.give',
      targetType: 'document',
      targetId: doc.id,
      details: { holder: input.holder, partyId, partyShortName: shortName, documentId: doc.id, documentTitle: doc.title },
    });
  });
  await announceFloor(db, negotiationId);
  return getFloor(db, userId, negotiationId);
}
