import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { comments, type Comment } from '@/db/schema';
import { notFound } from '@/lib/access/errors';
import { isUuid, requireDocument, type DocumentScope } from '@/lib/access/scope';

/**
 * A comment and the document scope of its reader. Comments on documents the reader cannot see
 * answer 404 like unknown ids.
 * @throws AccessError 404.
 */
export async function findComment(db: Db, userId: string, commentId: string): Promise<{ comment: Comment; scope: DocumentScope }> {
  if (!isUuid(commentId)) throw notFound('No such comment.');
  const [comment] = await db.select().from(comments).where(eq(comments.id, commentId)).limit(1);
  if (!comment) throw notFound('No such comment.');
  const scope = await requireDocument(db, userId, comment.documentId).catch(() => {
    throw notFound('No such comment.');
  });
  return { comment, scope };
}
