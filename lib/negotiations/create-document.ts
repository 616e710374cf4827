import { and, eq, max } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { documents, parties, type DocumentRow } from '@/db/schema';
import { DOCUMENT_KINDS } from '@/lib/negotiations/terms';
import { HttpError } from '@/lib/access/errors';
import { requireNegotiation } from '@/lib/access/scope';
import { recordEvent } from '@/lib/audit/record-event';

export const zCreateDocument = z
  .object({
    title: z.string().trim().min(3, 'Give the document a title (at least 3 characters).').max(160, 'Keep the title under 160 characters.'),
    // Bilateral channels are opened per delegation by the lead mediator (lib/shuttle/open-bilateral-channel.ts).
    kind: z.enum(
      DOCUMENT_KINDS.filter((k) => k !== 'bilateral') as ['shared', 'caucus', 'mediator_private'],
      'Choose what kind of document this is.',
    ),
    partyId: z.uuid('Choose the delegation that owns this caucus document.').nullish(),
  })
  .refine((d) => d.kind !== 'caucus' || !!d.partyId, {
    path: ['partyId'],
    message: 'Choose the delegation that owns this caucus document.',
  });
export type CreateDocumentInput = z.infer<typeof zCreateDocument>;

/**
 * Adds a document to a negotiation (matrix: document.create — the convener or the lead mediator).
 * @throws AccessError 404 for non-members, 403 for others; HttpError 400 for a foreign party.
 */
export async function createDocument(db: Db, userId: string, negotiationId: string, input: CreateDocumentInput): Promise<DocumentRow> {
  await requireNegotiation(db, userId, negotiationId, 'document.create');
  const partyId = input.kind === 'caucus' ? input.partyId! : null;
  if (partyId) {
    const [party] = await db
      .select({ id: parties.id })
      .from(parties)
      .where(and(eq(parties.id, partyId), eq(parties.negotiationId, negotiationId)));
    if (!party) throw new HttpError(400, 'That delegation is not part of this negotiation.');
  }
  return db.transaction(async (tx) => {
    const [last] = await tx
      .select({ position: max(documents.position) })
      .from(documents)
      .where(eq(documents.negotiationId, negotiationId));
    const [doc] = await tx
      .insert(documents)
      .values({ negotiationId, kind: input.kind, partyId, title: input.title, position: (last?.position ?? 0) + 1 })
      .returning();
    await recordEvent(tx, {
      negotiationId,
      actorId: userId,
      action: 'document.create',
      targetType: 'document',
      targetId: doc!.id,
      details: { kind: input.kind, title: input.kind === 'shared' ? input.title : null },
    });
    return doc!;
  });
}
