import { dropCursor } from '@tiptap/pm/dropcursor';
import { EditorView } from '@tiptap/pm/view';

/**
 * prosemirror-dropcursor's view for the editor's view, with Tiptap's Dropcursor defaults; none
 * for Tiptap's stand-in of an unmounted view. (Naming EditorView here also keeps ProseMirror in one
 * chunk: this chunk needing only part of it made the bundler split it in two, ~0.6 kB more gzipped.)
 */
export function dropCursorView(view: EditorView) {
  if (!(view instanceof EditorView)) return undefined;
  return dropCursor({ color: 'currentColor', width: 1 }).spec.view?.(view);
}
