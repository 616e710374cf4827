import { Extension, type Editor } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import { PLACEHOLDER_FIELD } from './node-names';

/**
 * Selects the next (1) or previous (-1) unfilled placeholder field after / before the selection.
 * Returns false when there is none, so Tab then keeps its usual meaning (focus leaves the editor).
 */
export function selectPlaceholder(editor: Editor, direction: 1 | -1): boolean {
  const { state } = editor;
  const positions: number[] = [];
  state.doc.descendants((node, pos) => {
    if (node.type.name === PLACEHOLDER_FIELD) positions.push(pos);
    return true;
  });
  const { from, to } = state.selection;
  const target = direction === 1 ? positions.find((p) => p >= to) : positions.filter((p) => p < from).at(-1);
  if (target === undefined) return false;
  if (editor.view) editor.view.dispatch(state.tr.setSelection(NodeSelection.create(state.doc, target)).scrollIntoView());
  return true;
}

/** Tab / Shift+Tab move between the placeholder fields still left in the document. */
export const PlaceholderNavigation = Extension.create({
  name: 'placeholderNavigation',
  priority: 1000,
  addKeyboardShortcuts() {
    return {
      Tab: () => selectPlaceholder(this.editor, 1),
      'Shift-Tab': () => selectPlaceholder(this.editor, -1),
    };
  },
});
