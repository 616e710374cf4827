import { and, asc, eq, gt } from 'drizzle-orm';
import * as Y from 'yjs';
import type { Db } from '@/db/client';
import { docSnapshots, docUpdates } from '@/db/schema';

/** The document's saved Yjs state: the latest snapshot merged with every update logged after it. */
export async function loadStoredState(db: Db, documentId: string): Promise<Uint8Array> {
  const [snapshot] = await db.select().from(docSnapshots).where(eq(docSnapshots.documentId, documentId)).limit(1);
  const after = snapshot?.upToUpdateId ?? 0;
  const tail = await db
    .select({ update: docUpdates.update })
    .from(docUpdates)
    .where(and(eq(docUpdates.documentId, documentId), gt(docUpdates.id, after)))
    .orderBy(asc(docUpdates.id));
  const parts = [...(snapshot ? [snapshot.state] : []), ...tail.map((r) => r.update)];
  return parts.length === 0 ? Y.encodeStateAsUpdate(new Y.Doc()) : Y.mergeUpdates(parts);
}
