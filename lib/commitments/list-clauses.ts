import type { Db } from '@/db/client';
import { nodeText, stateToJson, type PmNode } from '@/lib/editor/to-json';
import { loadStoredState } from '@/lib/versions/load-stored-state';

/** A top-level block of a shared document that commitments can be attached to. */
export interface ClauseRef {
  /** The block's `uid` attribute (clause_key). */
  key: string;
  /** What a negotiator calls it: the clause title, the heading, or "Paragraph n". */
  label: string;
  /** The first words of its text, to recognise it. */
  excerpt: string;
}

const excerptOf = (text: string) => (text.length > 90 ? `${text.slice(0, 87).trimEnd()}…` : text);

/** The clauses (top-level blocks carrying a `uid`) of a document's ProseMirror JSON, in order. */
export function clausesOf(doc: PmNode): ClauseRef[] {
  let paragraph = 0;
  const out: ClauseRef[] = [];
  for (const node of doc.content ?? []) {
    const text = nodeText(node).replace(/\s+/g, ' ').trim();
    let label: string;
    if (node.type === 'clauseBlock') label = String(node.attrs?.title || 'Clause');
    else if (node.type === 'heading') label = text.slice(0, 80) || 'Heading';
    else label = `Paragraph ${++paragraph}`;
    const key = node.attrs?.uid;
    if (typeof key === 'string' && key) out.push({ key, label, excerpt: excerptOf(text) });
  }
  return out;
}

/** The clauses of a document's stored text (what the collaboration server last saved). */
export async function loadClauses(db: Db, documentId: string): Promise<ClauseRef[]> {
  return clausesOf(stateToJson(await loadStoredState(db, documentId)));
}
