import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { comments, users, type Comment } from '@/db/schema';
import { can } from '@/lib/access/policy';
import { requireDocument } from '@/lib/access/scope';
import { listMentionableMembers, type MentionableMember } from './mentionable-members';
import type { CommentAnchor } from './schemas';

export interface PersonRef {
  id: string;
  name: string;
}

export interface CommentView {
  id: string;
  body: string;
  author: PersonRef | null;
  mentions: PersonRef[];
  createdAt: Date;
}

export interface ThreadView extends CommentView {
  anchor: CommentAnchor | null;
  resolvedAt: Date | null;
  resolvedBy: PersonRef | null;
  replies: CommentView[];
}

/**
 * The comment threads of a document, oldest first, each with its replies; plus who may be
 * mentioned and whether the reader may comment.
 * @throws AccessError 404 for documents the reader cannot see.
 */
export async function listComments(db: Db, userId: string, documentId: string) {
  const scope = await requireDocument(db, userId, documentId);
  const rows = await db
    .select()
    .from(comments)
    .where(eq(comments.documentId, documentId))
    .orderBy(asc(comments.createdAt), asc(comments.id));
  const personIds = [...new Set(rows.flatMap((r) => [r.authorId, r.resolvedBy, ...r.mentions]).filter((id): id is string => !!id))];
  const people = personIds.length
    ? await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, personIds))
    : [];
  const person = (id: string | null): PersonRef | null =>
    id ? (people.find((p) => p.id === id) ?? { id, name: 'A former member' }) : null;
  const view = (c: Comment): CommentView => ({
    id: c.id,
    body: c.body,
    author: person(c.authorId),
    mentions: c.mentions.map((id) => person(id)!),
    createdAt: c.createdAt,
  });
  const threads: ThreadView[] = rows
    .filter((c) => c.threadId === c.id)
    .map((c) => ({
      ...view(c),
      anchor: c.anchor,
      resolvedAt: c.resolvedAt,
      resolvedBy: person(c.resolvedBy),
      replies: rows.filter((r) => r.threadId === c.id && r.id !== c.id).map(view),
    }));
  const mentionable: MentionableMember[] = await listMentionableMembers(db, scope);
  const canComment = can(scope.actor, 'comment.create', { style: scope.negotiation.style, document: scope.document });
  return { threads, mentionable, canComment };
}

export type CommentsList = Awaited<ReturnType<typeof listComments>>;
