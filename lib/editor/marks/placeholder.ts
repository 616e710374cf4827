import { mergeAttributes, Node } from '@tiptap/core';
import { PLACEHOLDER_FIELD } from '../node-names';

/**
 * A typed field still to be filled, e.g. {N_DAYS}: an inline atom, so a click or Tab selects the
 * whole field and typing replaces it. Named `placeholderField` (not `placeholder`) so it cannot
 * collide with Tiptap's Placeholder extension, which uses that name.
 */
export const PlaceholderField = Node.create({
  name: PLACEHOLDER_FIELD,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,

  addAttributes() {
    return {
      name: {
        default: 'FIELD',
        parseHTML: (el) => el.getAttribute('data-placeholder') ?? 'FIELD',
        renderHTML: (attrs) => ({ 'data-placeholder': String(attrs.name) }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-placeholder]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const name = String(node.attrs.name);
    return [
      'span',
      mergeAttributes(HTMLAttributes, {
        class: 'clause-placeholder rounded bg-amber-100 px-1 font-mono text-[0.85em] text-amber-900 ring-1 ring-amber-300',
        title: `Field to fill: ${name}. Select it and type, or press Tab to move to the next field.`,
      }),
      `{${name}}`,
    ];
  },

  renderText({ node }) {
    return `{${String(node.attrs.name)}}`;
  },
});
