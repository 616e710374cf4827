import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { clauseAttachments, type ClauseAttachment } from '@/db/schema';
import { canWithdrawAttachment } from '@/lib/access/attachment-policy';
import { AccessError, forbidden, HttpError, notFound } from '@/lib/access/errors';
import { isUuid, requireDocument } from '@/lib/access/scope';
import { recordEvent } from '@/lib/audit/record-event';
import { notifyDocument } from '@/lib/collab/notify';
import { STYLE_LABELS } from '@/lib/negotiations/labels';

/**
 * Withdraws an attachment (sets withdrawnAt; the row stays as a record), audited as
 * 'attachment.withdraw'. Only its creator or the lead mediator, under power-based mediation.
 * @throws AccessError 404 (unknown or not visible), 403 (style or person); HttpError 409 when already withdrawn.
 */
export async function withdrawAttachment(db: Db, userId: string, attachmentId: string): Promise<ClauseAttachment> {
  if (!isUuid(attachmentId)) throw notFound('No such commitment.');
  const [found] = await db.select().from(clauseAttachments).where(eq(clauseAttachments.id, attachmentId)).limit(1);
  if (!found) throw notFound('No such commitment.');
  const scope = await requireDocument(db, userId, found.documentId).catch((err: unknown) => {
    throw err instanceof AccessError ? notFound('No such commitment.') : err;
  });
  if (found.withdrawnAt) throw new HttpError(409, 'This commitment has already been withdrawn.');
  const { style } = scope.negotiation;
  if (!canWithdrawAttachment(scope.actor, style, found)) {
    throw forbidden(
      style === 'power_based'
        ? 'Only the person who attached this commitment or the lead mediator can withdraw it.'
        : `Commitments are read-only under ${STYLE_LABELS[style].toLowerCase()} mediation; switch to power-based mediation to change them.`,
    );
  }
  const row = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(clauseAttachments)
      .set({ withdrawnAt: new Date() })
      .where(and(eq(clauseAttachments.id, attachmentId), isNull(clauseAttachments.withdrawnAt)))
      .returning();
    if (!updated) throw new HttpError(409, 'This commitment has already been withdrawn.');
    await recordEvent(tx, {
      negotiationId: scope.negotiation.id,
      actorId: userId,
      action: 'attachment.withdraw',
      targetType: 'attachment',
      targetId: attachmentId,
      details: { documentId: found.documentId, clauseKey: found.clauseKey, kind: found.kind },
    });
    return updated;
  });
  notifyDocument(found.documentId, 'attachments');
  return row;
}
