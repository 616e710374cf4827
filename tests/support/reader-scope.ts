import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { documents, memberships } from '@/db/schema';
import { requireDocument, type DocumentScope } from '@/lib/access/scope';

/** A real access check for the first member who may read the document: for tests that inspect stored text regardless of reader. */
export async function readerScope(db: Db, documentId: string): Promise<DocumentScope> {
  const [document] = await db.select().from(documents).where(eq(documents.id, documentId)).limit(1);
  if (!document) throw new Error(`No document ${documentId}`);
  for (const m of await db.select().from(memberships).where(eq(memberships.negotiationId, document.negotiationId))) {
    const scope = await requireDocument(db, m.userId, documentId).catch(() => null);
    if (scope) return scope;
  }
  throw new Error(`No member may read ${documentId}`);
}
