import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/**
 * The hint in the first line of an empty draft, shown only while the editor is editable (an empty
 * draft, not a loading one). app/drafting.css draws `data-placeholder` before the paragraph. Ours,
 * not Tiptap's Placeholder: that one handles every empty node and cost ~2 kB gzipped on the editor
 * route for this single line (tests/e2e/editor-bundle.spec.ts).
 */
export const EmptyDraftHint = Extension.create<{ hint: () => string }>({
  name: 'emptyDraftHint',
  addOptions: () => ({ hint: () => '' }),
  addProseMirrorPlugins() {
    const { editor, options } = this;
    return [
      new Plugin({
        key: new PluginKey('emptyDraftHint'),
        props: {
          decorations: ({ doc }) => {
            const first = doc.firstChild;
            if (!editor.isEditable || !first?.isTextblock || !editor.isEmpty) return null;
            return DecorationSet.create(doc, [
              Decoration.node(0, first.nodeSize, { class: 'is-empty is-editor-empty', 'data-placeholder': options.hint() }),
            ]);
          },
        },
      }),
    ];
  },
});
