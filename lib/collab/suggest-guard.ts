import { yDocToProsemirrorJSON } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { isSuggestionOnlyChange, type GuardActor, type GuardResult } from '@/lib/editor/suggestion-guard';
import { EDITOR_FIELD as DOCUMENT_FIELD, type PmNode } from '@/lib/editor/to-json';


/**
 * Checks an update from a suggest-only socket before it touches the room: applied to a copy of
 * the document, it may only add or withdraw the sender's own suggestions (and own-party brackets).
 * An update that cannot be fully integrated (missing dependencies) is refused too, so a change
 * cannot be smuggled in two halves. Cost is linear in the document; only suggest-only users pay it.
 */
export function checkSuggestionUpdate(doc: Y.Doc, update: Uint8Array, actor: GuardActor): GuardResult {
  const scratch = new Y.Doc({ gc: false });
  try {
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
    const before = yDocToProsemirrorJSON(scratch, DOCUMENT_FIELD) as PmNode;
    Y.applyUpdate(scratch, update);
    if (scratch.store.pendingStructs || scratch.store.pendingDs) {
      return { ok: false, reason: 'This change depends on edits the server does not have; reload the document.' };
    }
    return isSuggestionOnlyChange(before, yDocToProsemirrorJSON(scratch, DOCUMENT_FIELD) as PmNode, actor);
  } finally {
    scratch.destroy();
  }
}
