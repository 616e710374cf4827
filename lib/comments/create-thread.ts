import type { Db } from '@/db/client';
import type { Comment } from '@/db/schema';
import { requireDocument } from '@/lib/access/scope';
import { insertComment } from './insert-comment';
import type { NewThreadInput } from './schemas';

/**
 * Starts a comment thread on a document, optionally anchored to a passage. Observers may comment;
 * on a caucus document only its owners can (others get 404 from requireDocument).
 * @throws AccessError 404 / 403; HttpError 400 for invalid mentions.
 */
export async function createThread(db: Db, userId: string, documentId: string, input: NewThreadInput): Promise<Comment> {
  const scope = await requireDocument(db, userId, documentId);
  return insertComment(db, scope, userId, { body: input.body, mentions: input.mentions, anchor: input.anchor });
}
