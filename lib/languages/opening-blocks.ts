import type { PmNode } from '@/lib/editor/to-json';

type Marks = NonNullable<PmNode['marks']>;

const isInsertion = (marks: PmNode['marks']) => (marks ?? []).some((m) => m.type === 'insertion');
/** Deletion and modification marks go with the suggestion they belong to; brackets, placeholders and formatting stay. */
const withoutSuggestions = (marks: Marks) =>
  marks.filter((m) => m.type !== 'deletion' && m.type !== 'modification' && m.type !== 'insertion');

/** A node as the text stands without its pending suggestions: inserted words out, struck words kept unmarked. */
function settle(node: PmNode): PmNode | null {
  if (isInsertion(node.marks)) return null;
  const out: PmNode = { ...node };
  if (node.marks) {
    const kept = withoutSuggestions(node.marks);
    if (kept.length) out.marks = kept;
    else delete out.marks;
  }
  if (node.content) out.content = node.content.map(settle).filter((c): c is PmNode => c !== null);
  return out;
}

/**
 * The opening text of a language version: the original's blocks as they are — headings, lists,
 * clause blocks, alternatives (Alt 2 …, with their party), brackets (with the party holding them),
 * placeholders and formatting — each top-level block keeping its clause key (`uid`, the status
 * board's key) so every provision has its counterpart from the start. Pending suggestions stay in
 * the original, where they were proposed: the copy is the text as it stands without them, and
 * accepting one later puts the version out of step like any other change.
 * @param source the original's ProseMirror JSON (lib/editor/to-json.ts stateToJson: every top-level block has a uid).
 */
export function openingBlocks(source: PmNode): PmNode[] {
  return (source.content ?? []).map(settle).filter((n): n is PmNode => n !== null);
}
