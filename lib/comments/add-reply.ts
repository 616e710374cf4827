import type { Db } from '@/db/client';
import type { Comment } from '@/db/schema';
import { findComment } from './find-comment';
import { insertComment } from './insert-comment';
import type { ReplyInput } from './schemas';

/**
 * Replies to a thread (given any comment of it). Replies carry no anchor: the thread's first
 * comment holds it.
 * @throws AccessError 404 / 403; HttpError 400 for invalid mentions.
 */
export async function addReply(db: Db, userId: string, commentId: string, input: ReplyInput): Promise<Comment> {
  const { comment, scope } = await findComment(db, userId, commentId);
  return insertComment(db, scope, userId, { body: input.body, mentions: input.mentions, anchor: null, threadId: comment.threadId });
}
