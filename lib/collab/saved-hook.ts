import { processShared, type SavedListener } from '@/lib/process-shared';

/**
 * Who wants to know that a document's text was saved (e.g. lib/status/watch-agreements.ts, which
 * reopens agreements whose clause changed). Kept on globalThis: Next loads its own copies of our
 * modules, and a server-made update stored from a route handler must reach the same listeners as
 * the collaboration rooms in server.ts.
 */
const listeners = () => processShared().savedListeners;

/** Registers a listener for committed text updates; returns the function that removes it. */
export function onDocumentSaved(listener: SavedListener): () => void {
  listeners().add(listener);
  return () => void listeners().delete(listener);
}

/** Tells every listener that updates of `documentId` by `authors` are committed. Never throws. */
export function documentSaved(documentId: string, authors: readonly (string | null)[]): void {
  for (const listener of listeners()) {
    try {
      listener(documentId, authors);
    } catch (err) {
      console.error('[collab] a saved-text listener failed', err);
    }
  }
}
