import type { Node as PmNode } from '@tiptap/pm/model';
import { parseSuggestionId } from '@/lib/editor/suggestions';

export interface SuggestionItem {
  id: string;
  userId: string | null;
  partyId: string | null;
  inserted: string;
  deleted: string;
}

/** The suggestions in a document, grouped by id, in document order. */
export function collectSuggestions(doc: PmNode): SuggestionItem[] {
  const byId = new Map<string, SuggestionItem>();
  doc.descendants((node) => {
    if (!node.isText) return;
    for (const mark of node.marks) {
      if (mark.type.name !== 'insertion' && mark.type.name !== 'deletion') continue;
      const id = String(mark.attrs.id);
      const author = parseSuggestionId(id);
      const item = byId.get(id) ?? { id, userId: author?.userId ?? null, partyId: author?.partyId ?? null, inserted: '', deleted: '' };
      if (mark.type.name === 'insertion') item.inserted += node.text ?? '';
      else item.deleted += node.text ?? '';
      byId.set(id, item);
    }
  });
  return [...byId.values()];
}

export interface AlternativeGroup {
  /** The original paragraph's uid, which every alternative names in `altOf`. */
  group: string;
  /** Identified by label within the group ("Alt 1" is the original): alternatives carry no uid of their own. */
  members: { label: string; partyShort: string | null; text: string }[];
}

/** Paragraphs with competing alternatives: Alt 1 (the original) and every paragraph naming it. */
export function collectAlternatives(doc: PmNode): AlternativeGroup[] {
  const originals = new Map<string, string>();
  const groups = new Map<string, AlternativeGroup['members']>();
  doc.descendants((node) => {
    if (node.type.name !== 'paragraph') return;
    if (node.attrs.uid) originals.set(String(node.attrs.uid), node.textContent);
    if (node.attrs.altOf) {
      const list = groups.get(String(node.attrs.altOf)) ?? [];
      list.push({
        label: String(node.attrs.altLabel ?? 'Alt'),
        partyShort: node.attrs.altPartyShort ? String(node.attrs.altPartyShort) : null,
        text: node.textContent,
      });
      groups.set(String(node.attrs.altOf), list);
    }
  });
  return [...groups.entries()]
    .filter(([group]) => originals.has(group))
    .map(([group, members]) => ({ group, members: [{ label: 'Alt 1', partyShort: null, text: originals.get(group)! }, ...members] }));
}
