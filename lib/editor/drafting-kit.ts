import { Extension } from '@tiptap/core';
import { CLAUSE_BLOCK } from './node-names';
import Document from '@tiptap/extension-document';
import { Alternatives } from './alternatives';
import { BlockIds } from './block-ids';
import { Bracket } from './marks/bracket';
import { Deletion, Insertion, Modification } from './marks/suggestion-marks';

/**
 * Block types that can be clauses: each gets a stable `uid` for status, comments and attachments.
 * A list counts too: standing alone (right under a heading) it is a provision of its own, and a
 * language version's copy of it must carry the original's key to stay its counterpart.
 */
export const CLAUSE_BLOCK_TYPES = ['paragraph', 'heading', CLAUSE_BLOCK, 'bulletList', 'orderedList'];

/** Negotiation craft in the shared schema: stable block ids, brackets and suggestion marks. */
export const DraftingKit = Extension.create({
  name: 'draftingKit',
  addExtensions() {
    return [BlockIds.configure({ types: CLAUSE_BLOCK_TYPES }), Bracket, Insertion, Deletion, Modification, Alternatives];
  },
});

/**
 * The document node, allowing suggestion marks on whole blocks (a proposed new paragraph is an
 * insertion as a block). Replaces StarterKit's document (configure it with `document: false`).
 */
export const SuggestableDocument = Document.extend({ marks: 'insertion modification deletion' });
