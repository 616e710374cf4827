import { and, count, desc, eq, gte, inArray, max, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { docUpdates, documents, users } from '@/db/schema';

export interface EditActivity {
  userId: string | null;
  userName: string | null;
  documentId: string;
  documentTitle: string;
  hour: Date;
  /** When the last of these changes was saved. */
  at: Date;
  changes: number;
}

const hourOf = sql<string>`date_trunc('hour', ${docUpdates.createdAt})`;

/**
 * Text edits attributed from the update log, per user per document per hour, newest first. Only
 * the given documents are read: pass only those the reader may see.
 */
export async function listEditActivity(
  db: Db,
  documentIds: string[],
  f: { actor?: string; document?: string; since?: Date; limit: number },
): Promise<EditActivity[]> {
  const ids = f.document ? documentIds.filter((id) => id === f.document) : documentIds;
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      userId: docUpdates.userId,
      userName: users.name,
      documentId: docUpdates.documentId,
      documentTitle: documents.title,
      hour: hourOf,
      at: max(docUpdates.createdAt),
      changes: count(),
    })
    .from(docUpdates)
    .innerJoin(documents, eq(documents.id, docUpdates.documentId))
    .leftJoin(users, eq(users.id, docUpdates.userId))
    .where(
      and(
        inArray(docUpdates.documentId, ids),
        f.actor ? eq(docUpdates.userId, f.actor) : undefined,
        f.since ? gte(docUpdates.createdAt, f.since) : undefined,
      ),
    )
    .groupBy(docUpdates.userId, users.name, docUpdates.documentId, documents.title, hourOf)
    .orderBy(desc(max(docUpdates.createdAt)))
    .limit(f.limit);
  return rows.map((r) => ({ ...r, hour: new Date(r.hour), at: new Date(r.at ?? r.hour) }));
}
