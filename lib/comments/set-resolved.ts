import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { comments, type Comment } from '@/db/schema';
import { HttpError } from '@/lib/access/errors';
import { requireDocumentPermission } from '@/lib/access/require-permission';
import { recordEvent } from '@/lib/audit/record-event';
import { notifyDocument } from '@/lib/collab/notify';
import { findComment } from './find-comment';

/**
 * Resolves or reopens a thread (given any comment of it); anyone who may comment may do either.
 * @throws AccessError 404 / 403; HttpError 400 when the thread is already in that state.
 */
export async function setResolved(db: Db, userId: string, commentId: string, resolved: boolean): Promise<Comment> {
  const { comment, scope } = await findComment(db, userId, commentId);
  requireDocumentPermission(scope, 'comment.create');
  const [root] = await db
    .select()
    .from(comments)
    .where(and(eq(comments.id, comment.threadId), eq(comments.documentId, comment.documentId)));
  if (!root) throw new HttpError(404, 'This thread no longer exists.');
  if ((root.resolvedAt !== null) === resolved)
    throw new HttpError(400, resolved ? 'This thread is already resolved.' : 'This thread is already open.');
  const updated = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(comments)
      .set(resolved ? { resolvedAt: new Date(), resolvedBy: userId } : { resolvedAt: null, resolvedBy: null })
      .where(eq(comments.id, root.id))
      .returning();
    await recordEvent(tx, {
      negotiationId: scope.negotiation.id,
      actorId: userId,
      action: resolved ? 'comment.resolve' : 'comment.reopen',
      targetType: 'comment',
      targetId: root.id,
      details: { documentId: scope.document.id, documentTitle: scope.document.title, threadId: root.id },
    });
    return row!;
  });
  notifyDocument(scope.document.id, 'comments');
  return updated;
}
