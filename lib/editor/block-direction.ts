import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as PmNode } from '@tiptap/pm/model';

const key = new PluginKey<DecorationSet>('blockDirection');

function decorate(doc: PmNode): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    decorations.push(Decoration.node(pos, pos + node.nodeSize, { dir: 'auto' }));
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

/**
 * Every paragraph and heading takes its direction from its own first strong letter (`dir="auto"`):
 * an Arabic paragraph runs right to left inside an English draft and the reverse, as typed. A view
 * decoration, not a stored attribute: the schema the server checks and exports stays the same, and
 * no one can store a wrong direction into a shared text.
 */
export const BlockDirection = Extension.create({
  name: 'blockDirection',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_, state) => decorate(state.doc),
          apply: (tr, old) => (tr.docChanged ? decorate(tr.doc) : old),
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ];
  },
});
