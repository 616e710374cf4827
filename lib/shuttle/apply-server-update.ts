import { getDb } from '@/db/client';
import { createDocStore } from '@/lib/collab/doc-store';
import { documentSaved } from '@/lib/collab/saved-hook';

/**
 * The hook the collaboration server installs on globalThis (Next loads its own module copies):
 * applies a server-made Yjs update to the document's loaded room — which broadcasts it and saves
 * it through its own writer — and resolves true; resolves false when no room is loaded for the
 * document, so the caller stores the update itself.
 */
export type ApplyServerUpdateHook = (documentId: string, update: Uint8Array, userId: string | null) => Promise<boolean> | boolean;

export const APPLY_SERVER_UPDATE_HOOK = Symbol.for('pactum.collab.applyServerUpdate');

/**
 * Applies a Yjs update made on the server (e.g. a released mediator's text) to a live document:
 * through the collaboration room when one is loaded, otherwise appended to doc_updates (under the
 * same per-document lock the rooms use), attributed to `userId`.
 * Callers authorize first; this does no access checks. @throws on database errors.
 */
export async function applyServerUpdate(documentId: string, update: Uint8Array, userId: string | null): Promise<'room' | 'stored'> {
  const hook = (globalThis as { [APPLY_SERVER_UPDATE_HOOK]?: ApplyServerUpdateHook })[APPLY_SERVER_UPDATE_HOOK];
  if (hook && (await hook(documentId, update, userId))) return 'room';
  await createDocStore(getDb()).append(documentId, [{ update, userId }]);
  documentSaved(documentId, [userId]);
  return 'stored';
}
