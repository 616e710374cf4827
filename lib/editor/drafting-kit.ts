import { Extension } from '@tiptap/core';
import { CLAUSE_BLOCK } from './node-names';
import Document from '@tiptap/extension-document';
import { Alternatives } from './alternatives';
import { BlockIds } from './block-ids';
import { Bracket } from './marks/bracket';
import { Deletion, Insertion, Modification } from './marks/suggestion-marks';

/** Block types that count as clauses: each gets a stable `uid` for status, comments and attachments. */
export const CLAUSE_BLOCK_TYPES = ['paragraph', 'heading', CLAUSE_BLOCK];

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
