/**
 * A label the application makes up for a block of a draft ("Paragraph 3", "Clause", "Heading",
 * "Removed clause"), kept as a key so the interface says it in the reader's language
 * (`blockLabels` in messages/*.json). A clause title or a heading's own text is the document's
 * and needs none. `label` beside it stays English for logs, the audit trail and the API.
 */
export type BlockLabelRef = { key: 'paragraph'; n: number } | { key: 'clause' } | { key: 'heading' } | { key: 'removed' };

/** The English label of a generated block name (what the `label` fields carry). */
export function englishBlockLabel(ref: BlockLabelRef): string {
  switch (ref.key) {
    case 'paragraph':
      return `Paragraph ${ref.n}`;
    case 'clause':
      return 'Clause';
    case 'heading':
      return 'Heading';
    case 'removed':
      return 'Removed clause';
  }
}
