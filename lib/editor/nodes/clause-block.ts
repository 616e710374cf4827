import { mergeAttributes, Node } from '@tiptap/core';
import type { DOMOutputSpec } from '@tiptap/pm/model';
import { paxCodesOf, provenanceLabel } from '../clause-provenance';
import { CLAUSE_BLOCK } from '../node-names';

const dataAttr = (attr: string, key: string, parse: (v: string | null) => unknown = (v) => v) => ({
  parseHTML: (el: HTMLElement) => parse(el.getAttribute(attr)),
  renderHTML: (attrs: Record<string, unknown>) => ({ [attr]: String(attrs[key] ?? '') }),
});

/**
 * A clause inserted from the library. It carries its provenance (library id, version, variant)
 * and PA-X codes as attributes and shows them as a read-only label above the text, e.g.
 * "Library · cf-cantonment-sites v1 · standard  PA-X: Ce, CeProv". The text stays freely editable.
 * A released Mediator's text is a clause block too (variant 'released'), labelled with who
 * released it; it names no library entry.
 */
export const ClauseBlock = Node.create({
  name: CLAUSE_BLOCK,
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
      /** PA-X codes of the library clause, comma-separated ("CeProv,DdrDemil"); empty for older blocks. */
      paxCodes: { default: '', ...dataAttr('data-clause-pax', 'paxCodes', (v) => v ?? '') },
      /** A released Mediator's text: who released it (a name), the day (ISO date), the version it replaced (0: none), and a key naming its source so a later release of the same text replaces it. */
      releasedBy: { default: '', ...dataAttr('data-released-by', 'releasedBy', (v) => v ?? '') },
      releasedAt: { default: '', ...dataAttr('data-released-at', 'releasedAt', (v) => v ?? '') },
      replaces: { default: 0, ...dataAttr('data-replaces', 'replaces', (v) => Number(v ?? 0) || 0) },
      sourceKey: { default: '', ...dataAttr('data-source-key', 'sourceKey', (v) => v ?? '') },
    };
  },

  parseHTML() {
    return [{ tag: 'section[data-clause-block]', contentElement: '.clause-block-content' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const label = provenanceLabel(node.attrs);
    const codes = paxCodesOf(node.attrs.paxCodes);
    const codeLine: DOMOutputSpec[] = codes.length
      ? [
          [
            'span',
            {
              class: 'clause-pax ml-2 font-normal',
              'data-testid': 'clause-pax-codes',
              title: 'PA-X codebook variables: the clause’s details in the Clauses panel name each one',
            },
            `PA-X: ${codes.join(', ')}`,
          ],
        ]
      : [];
    return [
      'section',
      mergeAttributes(HTMLAttributes, {
        'data-clause-block': '',
        class: 'clause-block my-3 rounded-md border-l-4 border-accent bg-accent-soft/40 px-3 py-2',
      }),
      ['p', { class: 'clause-provenance m-0 text-xs font-medium text-muted select-none', contenteditable: 'false' }, label, ...codeLine],
      ['div', { class: 'clause-block-content' }, 0],
    ];
  },
});
