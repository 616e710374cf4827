import { mergeAttributes, Node } from '@tiptap/core';
import { provenanceLabel } from '@/lib/clauses/clause-to-doc';

const dataAttr = (attr: string, key: string, parse: (v: string | null) => unknown = (v) => v) => ({
  parseHTML: (el: HTMLElement) => parse(el.getAttribute(attr)),
  renderHTML: (attrs: Record<string, unknown>) => ({ [attr]: String(attrs[key] ?? '') }),
});

/**
 * A clause inserted from the library. It carries its provenance (library id, version, variant)
 * as attributes and shows it as a read-only label above the text, e.g.
 * "Library · cf-cantonment-sites v1 · standard". The text inside stays freely editable.
 */
export const ClauseBlock = Node.create({
  name: 'clauseBlock',
  group: 'block',
  content: 'block+',
  defining: true,
  isolating: true,

  addAttributes() {
    return {
      clauseId: { default: '', ...dataAttr('data-clause-id', 'clauseId') },
      version: { default: 1, ...dataAttr('data-clause-version', 'version', (v) => Number(v ?? 1) || 1) },
      variant: { default: 'standard', ...dataAttr('data-clause-variant', 'variant', (v) => v ?? 'standard') },
      title: { default: '', ...dataAttr('data-clause-title', 'title', (v) => v ?? '') },
    };
  },

  parseHTML() {
    return [{ tag: 'section[data-clause-block]', contentElement: '.clause-block-content' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const label = provenanceLabel({ clauseId: String(node.attrs.clauseId), version: Number(node.attrs.version), variant: String(node.attrs.variant) });
    return [
      'section',
      mergeAttributes(HTMLAttributes, {
        'data-clause-block': '',
        class: 'clause-block my-3 rounded-md border-l-4 border-accent bg-accent-soft/40 px-3 py-2',
      }),
      ['p', { class: 'clause-provenance m-0 text-xs font-medium text-muted select-none', contenteditable: 'false' }, label],
      ['div', { class: 'clause-block-content' }, 0],
    ];
  },
});
