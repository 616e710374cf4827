import type { PmNode } from '@/lib/editor/to-json';

const SUGGESTION = new Set(['insertion', 'deletion', 'modification']);

/** What in a text is not agreed yet, anywhere (clauses, headings, lists): bracketed passages, pending suggestions, alternatives. */
export interface OpenMarks {
  brackets: number;
  suggestions: number;
  alternatives: number;
}

/** Counts the open negotiation marks of a document (a run split by formatting counts once). */
export function countOpenMarks(doc: PmNode): OpenMarks {
  const out: OpenMarks = { brackets: 0, suggestions: 0, alternatives: 0 };
  const suggestionIds = new Set<string>();
  const walk = (node: PmNode, previous: { bracket: string | null }) => {
    if (node.type === 'paragraph' && node.attrs?.altOf) out.alternatives++;
    for (const m of node.marks ?? []) if (SUGGESTION.has(m.type)) suggestionIds.add(`${m.type}:${String(m.attrs?.id ?? '')}`);
    if (node.text !== undefined) {
      const bracket = node.marks?.find((m) => m.type === 'bracket');
      const party = bracket ? String(bracket.attrs?.partyId ?? '') : null;
      if (party !== null && party !== previous.bracket) out.brackets++;
      previous.bracket = party;
      return;
    }
    const inner = { bracket: null as string | null };
    node.content?.forEach((c) => walk(c, inner));
  };
  walk(doc, { bracket: null });
  out.suggestions = suggestionIds.size;
  return out;
}

export const hasOpenMarks = (m: OpenMarks) => m.brackets + m.suggestions + m.alternatives > 0;
