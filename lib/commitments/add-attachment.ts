import type { Db } from '@/db/client';
import { clauseAttachments, type ClauseAttachment } from '@/db/schema';
import { forbidden, notFound } from '@/lib/access/errors';
import { requireDocument } from '@/lib/access/scope';
import { recordEvent } from '@/lib/audit/record-event';
import { notifyDocument } from '@/lib/collab/notify';
import { assertPartyOf } from '@/lib/invitations/create-invitation';
import { zNewAttachment } from './attachment-input';
import { loadClauses } from './list-clauses';
import { attachRefusal } from './style-refusal';

/**
 * Attaches a deadline, incentive, guarantee, condition or pledge to a clause of a shared draft
 * (power-based mediation only), audited as 'attachment.add' and announced on 'attachments'.
 * @throws AccessError 404 (document or clause unknown), 403 (style, role or non-shared document);
 *   ZodError / HttpError 400 for invalid input or a party from elsewhere.
 */
export async function addAttachment(db: Db, userId: string, documentId: string, body: unknown): Promise<ClauseAttachment> {
  const scope = await requireDocument(db, userId, documentId);
  const input = zNewAttachment.parse(body);
  if (scope.document.kind !== 'shared') throw forbidden('Commitments can only be attached to clauses of a shared draft.');
  const refusal = attachRefusal(scope.actor, scope.negotiation.style, input.kind);
  if (refusal) throw forbidden(refusal);
  const clauses = await loadClauses(db, scope);
  if (!clauses.some((c) => c.key === input.clauseKey)) {
    throw notFound(
      'That clause is not in the saved draft. It may have been deleted, or your latest edits are not saved yet: reload and try again.',
    );
  }
  await assertPartyOf(db, scope.negotiation.id, input.partyId);
  const row = await db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(clauseAttachments)
      .values({
        documentId,
        clauseKey: input.clauseKey,
        kind: input.kind,
        partyId: input.partyId,
        text: input.text,
        dueAt: input.dueAt,
        createdBy: userId,
      })
      .returning();
    await recordEvent(tx, {
      negotiationId: scope.negotiation.id,
      actorId: userId,
      action: 'attachment.add',
      targetType: 'attachment',
      targetId: inserted!.id,
      details: { documentId, clauseKey: input.clauseKey, kind: input.kind, partyId: input.partyId },
    });
    return inserted!;
  });
  notifyDocument(documentId, 'attachments');
  return row;
}
