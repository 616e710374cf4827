import { Extension } from '@tiptap/core';
import { CLAUSE_BLOCK } from './node-names';

/**
 * The `uid` attribute of clause blocks (paragraphs, headings, clause blocks, lists): statuses, comments
 * and commitments point at it. Nothing in the browser writes it while people type — blocks
 * without one are keyed by their Yjs item id on the server (lib/editor/to-json.ts). It is set
 * explicitly where a block is created on purpose (released mediator's text, tests). It does not
 * survive a split, so the new half never inherits the clause's key.
 */
export const BlockIds = Extension.create<{ types: string[] }>({
  name: 'blockIds',
  addOptions: () => ({ types: ['paragraph', 'heading', CLAUSE_BLOCK] }),
  addGlobalAttributes() {
    return [
      {
        types: this.options.types,
        attributes: {
          uid: {
            default: null,
            keepOnSplit: false,
            parseHTML: (el) => el.getAttribute('data-uid'),
            renderHTML: (a) => (a.uid ? { 'data-uid': a.uid } : {}),
          },
        },
      },
    ];
  },
});
