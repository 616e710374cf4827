import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { provisionAlignments } from '@/db/schema';
import { HttpError } from '@/lib/access/errors';
import { requireDocument } from '@/lib/access/scope';
import { recordEvent } from '@/lib/audit/record-event';
import { languageGroup, provisionHashes } from './language-group';

export const zMarkAligned = z.strictObject({ clauseKey: z.string().min(1).max(200) });

/**
 * A translator's word that one provision of a language version now says what its counterparts
 * say: records the counterparts' current fingerprints and clears "out of step". Only someone who
 * may edit this version's text may say so.
 * @throws AccessError 404 for non-members; HttpError 403 without write access, 409 for a provision without counterpart.
 */
export async function markAligned(db: Db, userId: string, documentId: string, input: z.infer<typeof zMarkAligned>): Promise<void> {
  const { document, access, negotiation } = await requireDocument(db, userId, documentId);
  if (access !== 'write') throw new HttpError(403, 'Only someone who holds the pen on this language version can mark it aligned.');
  const group = await languageGroup(db, document);
  const hashes = await provisionHashes(db, group);
  if (!hashes.get(document.id)?.has(input.clauseKey)) throw new HttpError(409, 'That provision is not in this text.');
  const counterparts: Record<string, string> = {};
  for (const other of group) {
    const h = other.id === document.id ? undefined : hashes.get(other.id)!.get(input.clauseKey);
    if (h) counterparts[other.id] = h;
  }
  if (Object.keys(counterparts).length === 0) throw new HttpError(409, 'This provision has no counterpart in another language.');
  const values = {
    documentId: document.id,
    clauseKey: input.clauseKey,
    counterpartHashes: counterparts,
    outOfStepSince: null,
    alignedAt: new Date(),
    alignedBy: userId,
  };
  await db
    .insert(provisionAlignments)
    .values(values)
    .onConflictDoUpdate({ target: [provisionAlignments.documentId, provisionAlignments.clauseKey], set: values });
  // The counterparts now stand against this text as it is: the translator's catch-up is not a change they must follow.
  const mine = hashes.get(document.id)!.get(input.clauseKey)!;
  const others = await db
    .select()
    .from(provisionAlignments)
    .where(and(eq(provisionAlignments.clauseKey, input.clauseKey), inArray(provisionAlignments.documentId, Object.keys(counterparts))));
  for (const row of others) {
    await db
      .update(provisionAlignments)
      .set({ counterpartHashes: { ...row.counterpartHashes, [document.id]: mine } })
      .where(and(eq(provisionAlignments.documentId, row.documentId), eq(provisionAlignments.clauseKey, input.clauseKey)));
  }
  await recordEvent(db, {
    negotiationId: negotiation.id,
    actorId: userId,
    action: 'language.align',
    targetType: 'document',
    targetId: document.id,
    details: { clauseKey: input.clauseKey },
  });
}
