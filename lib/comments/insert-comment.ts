import { randomUUID } from 'node:crypto';
import type { Db } from '@/db/client';
import { comments, type Comment } from '@/db/schema';
import { HttpError } from '@/lib/access/errors';
import { requireDocumentPermission } from '@/lib/access/require-permission';
import type { DocumentScope } from '@/lib/access/scope';
import { recordEvent } from '@/lib/audit/record-event';
import { notifyDocument } from '@/lib/collab/notify';
import { listMentionableMembers } from './mentionable-members';
import type { CommentAnchor } from './schemas';

export interface InsertCommentInput {
  body: string;
  mentions: string[];
  anchor: CommentAnchor | null;
  /** The thread to reply to; absent for a new thread. */
  threadId?: string;
}

/**
 * Writes one comment (a new thread or a reply) with its audit event, after checking the
 * `comment.create` permission and that every mention is a member who can read the document.
 * @throws AccessError 403; HttpError 400 for a mention of someone who cannot see the document.
 */
export async function insertComment(db: Db, scope: DocumentScope, userId: string, input: InsertCommentInput): Promise<Comment> {
  requireDocumentPermission(scope, 'comment.create');
  const mentions = [...new Set(input.mentions)];
  if (mentions.length > 0) {
    const allowed = new Set((await listMentionableMembers(db, scope)).map((m) => m.id));
    if (mentions.some((id) => !allowed.has(id))) throw new HttpError(400, 'You can only mention members who can read this document.');
  }
  const id = randomUUID();
  const threadId = input.threadId ?? id;
  const row = await db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(comments)
      .values({ id, documentId: scope.document.id, threadId, anchor: input.anchor, body: input.body, mentions, authorId: userId })
      .returning();
    await recordEvent(tx, {
      negotiationId: scope.negotiation.id,
      actorId: userId,
      action: 'comment.create',
      targetType: 'comment',
      targetId: id,
      details: {
        documentId: scope.document.id,
        documentTitle: scope.document.title,
        threadId,
        reply: threadId !== id,
        mentions: mentions.length,
      },
    });
    return inserted!;
  });
  notifyDocument(scope.document.id, 'comments');
  return row;
}
