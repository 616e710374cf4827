import { and, asc, eq, gt } from 'drizzle-orm';
import * as Y from 'yjs';
import type { Db } from '@/db/client';
import { docSnapshots, docUpdates } from '@/db/schema';
import type { DocumentScope } from '@/lib/access/scope';

/**
 * The document's saved Yjs state: the latest snapshot plus every update logged after it, replayed
 * into a garbage-collected Y.Doc. Unlike Y.mergeUpdates this drops the content of deleted text, so
 * a version, release or export never carries words that were pasted and removed again (a caucus
 * note dropped into the shared draft by mistake stays out of its history).
 */
export function loadStoredState(db: Db, scope: DocumentScope): Promise<Uint8Array> {
  return unsafeLoadStoredState(db, scope.document.id);
}

/**
 * loadStoredState without an access check, for the server's own reads: the package state across a
 * negotiation's drafts, alignment of language versions, a version a use case saves after it
 * authorized, tests. Never hand its result to a person who was not checked for this document.
 */
export async function unsafeLoadStoredState(db: Db, documentId: string): Promise<Uint8Array> {
  const [snapshot] = await db.select().from(docSnapshots).where(eq(docSnapshots.documentId, documentId)).limit(1);
  const after = snapshot?.upToUpdateId ?? 0;
  const tail = await db
    .select({ update: docUpdates.update })
    .from(docUpdates)
    .where(and(eq(docUpdates.documentId, documentId), gt(docUpdates.id, after)))
    .orderBy(asc(docUpdates.id));
  const parts = [...(snapshot ? [snapshot.state] : []), ...tail.map((r) => r.update)];
  const doc = new Y.Doc();
  try {
    Y.transact(doc, () => parts.forEach((p) => Y.applyUpdate(doc, p)));
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
