import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { negotiations, notifications } from '@/db/schema';

export interface NotificationView {
  id: string;
  kind: string;
  message: string;
  negotiationId: string;
  negotiationTitle: string;
  documentId: string | null;
  /** Where to look: the document, or the negotiation. */
  href: string;
  createdAt: Date;
  read: boolean;
}

/** The reader's own notices, newest first (only theirs: the query is by user), and how many are unread. */
export async function listNotifications(
  db: Db,
  userId: string,
  limit = 30,
): Promise<{ notifications: NotificationView[]; unread: number }> {
  const [rows, [{ unread } = { unread: 0 }]] = await Promise.all([
    db
      .select({ n: notifications, title: negotiations.title })
      .from(notifications)
      .innerJoin(negotiations, eq(negotiations.id, notifications.negotiationId))
      .where(eq(notifications.userId, userId))
      .orderBy(desc(notifications.createdAt))
      .limit(limit),
    db
      .select({ unread: sql<number>`count(*)::int` })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt))),
  ]);
  return {
    unread,
    notifications: rows.map(({ n, title }) => ({
      id: n.id,
      kind: n.kind,
      message: n.message,
      negotiationId: n.negotiationId,
      negotiationTitle: title,
      documentId: n.documentId,
      href: n.documentId ? `/negotiations/${n.negotiationId}/documents/${n.documentId}` : `/negotiations/${n.negotiationId}`,
      createdAt: n.createdAt,
      read: n.readAt !== null,
    })),
  };
}
