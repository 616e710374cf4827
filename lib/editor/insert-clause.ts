import type { Editor } from '@tiptap/core';
import type { PmNode } from '@/lib/clauses/clause-to-doc';
import { PLACEHOLDER_FIELD } from './node-names';
import { selectPlaceholder } from './placeholder-navigation';

/**
 * Inserts a clause block (from `clauseToNode`) at the cursor, then selects its first unfilled
 * field so the drafter can type straight away. Returns false when the editor refused the insert.
 */
export function insertClauseAtCursor(editor: Editor, node: PmNode): boolean {
  if (!editor.isEditable) return false;
  const start = editor.state.selection.from;
  const ok = editor.chain().focus().insertContent(node).run();
  if (!ok) return false;
  const end = editor.state.selection.from;
  const { state } = editor;
  let first: number | undefined;
  state.doc.nodesBetween(Math.min(start, end), Math.max(start, end), (n, pos) => {
    if (first === undefined && n.type.name === PLACEHOLDER_FIELD) first = pos;
    return first === undefined;
  });
  if (first !== undefined) {
    editor.commands.setTextSelection(first);
    selectPlaceholder(editor, 1);
  }
  return true;
}
