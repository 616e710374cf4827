import { z } from 'zod';
import type { Db } from '@/db/client';
import { forbidden, notFound } from '@/lib/access/errors';
import { decide } from '@/lib/access/policy';
import { requireDocument } from '@/lib/access/scope';
import { recordEvent } from '@/lib/audit/record-event';
import { notifyDocument } from '@/lib/collab/notify';
import { getClauseLibrary } from './library';
import { zClauseId } from './query';
import { VARIANTS } from './clause-terms';

export const zClauseOffer = z.strictObject({
  documentId: z.uuid('must be a document id'),
  clauseId: zClauseId,
  variant: z.enum(VARIANTS, 'Choose maximal, standard or fallback.'),
});
export type ClauseOfferInput = z.infer<typeof zClauseOffer>;

/**
 * Offers a library clause to the parties for a shared document, as an audit event they can see
 * (the facilitative mediator's "on request" insertion: a party then inserts it).
 * @throws AccessError 404 for an unknown/invisible document or clause, 403 when the matrix denies.
 */
export async function offerClause(db: Db, userId: string, negotiationId: string, input: ClauseOfferInput) {
  const scope = await requireDocument(db, userId, input.documentId);
  if (scope.negotiation.id !== negotiationId) throw notFound('No such document.');
  if (scope.document.kind !== 'shared') throw forbidden('Clauses are offered on shared documents only.');
  if (decide(scope.actor, 'clause.insert', { style: scope.negotiation.style, document: scope.document }) === 'deny') throw forbidden();
  const clause = getClauseLibrary().byId.get(input.clauseId);
  if (!clause) throw notFound('No clause with that id in the library.');
  const offer = {
    clauseId: clause.id,
    version: clause.version,
    variant: input.variant,
    title: clause.title,
    documentId: scope.document.id,
    documentTitle: scope.document.title,
  };
  await recordEvent(db, {
    negotiationId,
    actorId: userId,
    action: 'clause.offer',
    targetType: 'document',
    targetId: scope.document.id,
    details: offer,
  });
  notifyDocument(scope.document.id, 'offers'); // parties with the draft open see the offer at once
  return offer;
}
