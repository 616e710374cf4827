import type { Editor } from '@tiptap/core';
import { suggestChangesKey } from '@handlewithcare/prosemirror-suggest-changes';
import { bindingOf } from '@/lib/editor/comment-anchor';

/**
 * An alternative names its original paragraph by `uid`, but paragraphs typed in the editor have
 * none (the server keys top-level blocks by their Yjs item id, lib/editor/to-json.ts), so
 * "Propose alternative" failed on every typed paragraph. This writes the paragraph at the cursor
 * a uid first: for a top-level block exactly the key the server already uses (`y<client>-<clock>`),
 * so the clause's status and commitments stay attached; a nested paragraph gets a fresh id.
 * Suggest-only sockets may do this too: the server accepts a fresh key on an unkeyed block
 * (lib/editor/suggestion-guard.ts, onlyNewUids). Returns false when the
 * cursor is not in a paragraph or the editor is not synced yet.
 */
export function ensureParagraphUid(editor: Editor): boolean {
  const { state } = editor;
  const $from = state.selection.$from;
  const depth = [...Array($from.depth + 1).keys()].reverse().find((d) => $from.node(d).type.name === 'paragraph');
  if (depth === undefined) return false;
  const paragraph = $from.node(depth);
  if (paragraph.attrs.uid || paragraph.attrs.altOf) return true;
  let uid: string | null = crypto.randomUUID();
  if (depth === 1) {
    const item = bindingOf(state)?.type.get($from.index(0))?._item;
    uid = item ? `y${item.id.client}-${item.id.clock}` : null;
  }
  if (!uid) return false;
  const pos = $from.before(depth);
  // Not a suggestion: a key is bookkeeping, the server accepts it on an unkeyed block as is.
  return editor
    .chain()
    .command(({ tr }) => (tr.setNodeAttribute(pos, 'uid', uid).setMeta(suggestChangesKey, { skip: true }), true))
    .run();
}
