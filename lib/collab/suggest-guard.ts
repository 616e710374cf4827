import { yDocToProsemirrorJSON } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { isSuggestionOnlyChange, type GuardActor, type GuardResult } from '@/lib/editor/suggestion-guard';
import { EDITOR_FIELD as DOCUMENT_FIELD, type PmNode } from '@/lib/editor/to-json';

/**
 * Applies `update` to a copy of the document and lets `judge` compare the text before and after.
 * An update that cannot be fully integrated (missing dependencies) is refused, so a change cannot
 * be smuggled in two halves. Cost is linear in the document.
 */
function judgeUpdate(doc: Y.Doc, update: Uint8Array, judge: (before: PmNode, after: PmNode) => GuardResult): GuardResult {
  const scratch = new Y.Doc({ gc: false });
  try {
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
    const before = yDocToProsemirrorJSON(scratch, DOCUMENT_FIELD) as PmNode;
    Y.applyUpdate(scratch, update);
    if (scratch.store.pendingStructs || scratch.store.pendingDs) {
      return { ok: false, reason: 'This change depends on edits the server does not have; reload the document.' };
    }
    return judge(before, yDocToProsemirrorJSON(scratch, DOCUMENT_FIELD) as PmNode);
  } finally {
    scratch.destroy();
  }
}

/**
 * Checks an update from a suggest-only socket before it touches the room: it may only add or
 * withdraw the sender's own suggestions (and own-party brackets). Only suggest-only users pay it.
 */
export function checkSuggestionUpdate(doc: Y.Doc, update: Uint8Array, actor: GuardActor): GuardResult {
  return judgeUpdate(doc, update, (before, after) => isSuggestionOnlyChange(before, after, actor));
}

const CRAFT_KEYS = ['bracket', 'altOf'].map((k) => Buffer.from(k));

/** Whether Yjs bytes mention a bracket mark or an alternative (format keys and attribute names are stored as plain UTF-8). */
export function mentionsCraft(bytes: Uint8Array): boolean {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return CRAFT_KEYS.some((k) => b.includes(k));
}
