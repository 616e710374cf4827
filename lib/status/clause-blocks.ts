import { nodeText, type PmNode } from '@/lib/editor/to-json';

/** A clause as the status board sees it: one top-level block of the stored document. */
export interface ClauseBlockInfo {
  /** The block's `uid` attribute (clause_key in the database). */
  key: string;
  /** What negotiators call it: the clause title, the heading text or the start of the text. */
  label: string;
  /** Whether any text in the block carries a `bracket` mark (not yet agreed). */
  hasBracket: boolean;
}

const LABEL_LENGTH = 60;

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > LABEL_LENGTH ? `${flat.slice(0, LABEL_LENGTH - 1).trimEnd()}…` : flat;
}

function containsBracket(node: PmNode): boolean {
  if (node.marks?.some((m) => m.type === 'bracket')) return true;
  return (node.content ?? []).some(containsBracket);
}

function labelOf(node: PmNode, position: number): string {
  const title = node.type === 'clauseBlock' ? String(node.attrs?.title ?? '').trim() : '';
  return shorten(title) || shorten(nodeText(node)) || `Block ${position}`;
}

/**
 * The clauses of a document: its top-level blocks that carry a `uid` attribute (the editor's
 * UniqueID extension adds one to every paragraph, heading and clause block). Blocks without a uid
 * and repeated uids (kept once, first wins) are not separate clauses.
 */
export function readClauseBlocks(doc: PmNode): ClauseBlockInfo[] {
  const seen = new Set<string>();
  const out: ClauseBlockInfo[] = [];
  (doc.content ?? []).forEach((node, i) => {
    const uid = node.attrs?.uid;
    if (typeof uid !== 'string' || uid === '' || seen.has(uid)) return;
    seen.add(uid);
    out.push({ key: uid, label: labelOf(node, i + 1), hasBracket: containsBracket(node) });
  });
  return out;
}
