import { Mark, mergeAttributes } from '@tiptap/core';
import { parseSuggestionId } from '../suggestions';

/**
 * Tiptap wrappers of prosemirror-suggest-changes' marks. The id encodes the author
 * (lib/editor/suggestions.ts), so the party colour and the name of who suggested it survive sync.
 */
function suggestionMark(name: 'insertion' | 'deletion' | 'modification', tag: 'ins' | 'del' | 'span') {
  return Mark.create({
    name,
    inclusive: false,
    excludes: name === 'modification' ? 'deletion insertion' : 'insertion modification deletion',
    addAttributes() {
      return {
        id: { default: null, parseHTML: (el) => el.getAttribute('data-id'), renderHTML: (attrs) => ({ 'data-id': attrs.id }) },
        ...(name === 'modification'
          ? { type: { default: null }, attrName: { default: null }, previousValue: { default: null }, newValue: { default: null } }
          : {}),
      };
    },
    parseHTML: () => [{ tag: `${tag}[data-id]` }],
    renderHTML({ HTMLAttributes, mark }) {
      const author = parseSuggestionId(mark.attrs.id);
      return [tag, mergeAttributes(HTMLAttributes, { class: `suggestion suggestion-${name}`, 'data-party': author?.partyId ?? 'none' }), 0];
    },
  });
}

export const Insertion = suggestionMark('insertion', 'ins');
export const Deletion = suggestionMark('deletion', 'del');
export const Modification = suggestionMark('modification', 'span');
