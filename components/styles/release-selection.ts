import type { Editor } from '@tiptap/core';
import { bindingOf } from '@/lib/editor/comment-anchor';

/**
 * The top-level blocks the editor's selection touches, as the server keys them (their `uid`, or
 * `y<client>-<clock>` of their Yjs item: lib/editor/to-json.ts). Null when nothing is selected.
 */
export function selectedBlockRange(editor: Editor): { fromUid: string; toUid: string } | null {
  const { state } = editor;
  if (state.selection.empty) return null;
  const binding = bindingOf(state);
  const keyAt = (index: number) => {
    const node = state.doc.maybeChild(index);
    if (typeof node?.attrs.uid === 'string' && node.attrs.uid) return node.attrs.uid;
    const item = binding?.type.get(index)?._item;
    return item ? `y${item.id.client}-${item.id.clock}` : null;
  };
  const fromUid = keyAt(state.selection.$from.index(0));
  const toUid = keyAt(state.selection.$to.index(0));
  return fromUid && toUid ? { fromUid, toUid } : null;
}
