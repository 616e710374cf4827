import { getDb } from '@/db/client';
import { createDocStore } from '@/lib/collab/doc-store';
import { documentSaved } from '@/lib/collab/saved-hook';
import { processShared } from '@/lib/process-shared';

/**
 * Applies a Yjs update made on the server (e.g. a released mediator's text) to a live document:
 * through the collaboration room when one is loaded, otherwise appended to doc_updates (under the
 * same per-document lock the rooms use), attributed to `userId`.
 * Callers authorize first; this does no access checks. @throws on database errors.
 */
export async function applyServerUpdate(documentId: string, update: Uint8Array, userId: string | null): Promise<'room' | 'stored'> {
  const hook = processShared().applyServerUpdate; // the collaboration server's, when one runs here
  if (hook && (await hook(documentId, update, userId))) return 'room';
  await createDocStore(getDb()).append(documentId, [{ update, userId }]);
  documentSaved(documentId, [userId]);
  return 'stored';
}
