import { createHash } from 'node:crypto';
import type { PmNode } from '@/lib/editor/to-json';
import { clauseText } from './clause-text';
import { CLAUSE_BLOCK } from '@/lib/editor/node-names';

/**
 * A clause: one numbered provision of a shared document — what statuses, positions and
 * commitments point at, and what the package counts. Defined here once:
 * - a top-level paragraph (or other text block) with words in it, keyed by its `uid` (or its Yjs
 *   item id, lib/editor/to-json.ts);
 * - a top-level clause block (library clause, released text) as one article, keyed by its `uid`;
 *   its title and inner headings are its name, not its words;
 * - the alternatives of a paragraph (`altOf` its uid) and a list right after it belong to it.
 * Not clauses: headings, empty paragraphs, a clause block with no words (a bare banner).
 */
export interface ClauseBlockInfo {
  /** The block's key (clause_key in the database). */
  key: string;
  /** What negotiators call it: the clause title or the start of its text. */
  label: string;
  /** The words of the clause as a reader sees them, marks spelled out ([bracketed], {+proposed+}, Alt 2 · APM: …). */
  text: string;
  /** Fingerprint of the words and negotiation marks (formatting ignored): what an agreement binds to. */
  hash: string;
  /** Whether any text carries a `bracket` mark (not yet agreed). */
  hasBracket: boolean;
  /** Whether a suggestion (insertion/deletion/modification) is still pending in it. */
  hasSuggestion: boolean;
  /** Competing alternatives (Alt 2 …) still open on it; 0 when none. */
  alternatives: number;
}

const LABEL_LENGTH = 60;

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > LABEL_LENGTH ? `${flat.slice(0, LABEL_LENGTH - 1).trimEnd()}…` : flat;
}

interface Draft {
  key: string;
  head: PmNode;
  parts: PmNode[];
  alternatives: PmNode[];
}

const isList = (node: PmNode) => node.type === 'bulletList' || node.type === 'orderedList';

/** The document's top-level blocks gathered into clauses (see ClauseBlockInfo), in document order. */
function gatherClauses(doc: PmNode): Draft[] {
  const drafts: Draft[] = [];
  const byKey = new Map<string, Draft>();
  const orphans: PmNode[] = [];
  let previous: Draft | null = null;
  for (const node of doc.content ?? []) {
    const uid = typeof node.attrs?.uid === 'string' && node.attrs.uid !== '' ? node.attrs.uid : null;
    if (node.type === 'heading') {
      previous = null;
      continue;
    }
    if (node.type === 'paragraph' && node.attrs?.altOf) {
      orphans.push(node); // attached below, once every original is known
      continue;
    }
    if (isList(node) && previous) {
      previous.parts.push(node);
      continue;
    }
    if (!uid || byKey.has(uid)) {
      previous = null;
      continue;
    }
    const draft: Draft = { key: uid, head: node, parts: [node], alternatives: [] };
    drafts.push(draft);
    byKey.set(uid, draft);
    previous = node.type === 'paragraph' || node.type === CLAUSE_BLOCK ? draft : null;
  }
  for (const alt of orphans) {
    const owner = byKey.get(String(alt.attrs?.altOf));
    if (owner) owner.alternatives.push(alt);
    else {
      // Its original is gone: the alternative stands as a clause of its own.
      const uid = typeof alt.attrs?.uid === 'string' && alt.attrs.uid ? alt.attrs.uid : null;
      if (uid && !byKey.has(uid)) {
        const draft: Draft = { key: uid, head: alt, parts: [alt], alternatives: [] };
        drafts.push(draft);
        byKey.set(uid, draft);
      }
    }
  }
  return drafts;
}

/** Every clause of a document's ProseMirror JSON (see ClauseBlockInfo), in document order. */
export function readClauseBlocks(doc: PmNode): ClauseBlockInfo[] {
  const out: ClauseBlockInfo[] = [];
  for (const d of gatherClauses(doc)) {
    const read = clauseText(d.parts, d.alternatives);
    if (!read.hasWords) continue;
    const title = d.head.type === CLAUSE_BLOCK ? String(d.head.attrs?.title ?? '').trim() : '';
    out.push({
      key: d.key,
      label: shorten(title) || shorten(d.parts.length > 1 ? clauseText([d.head], []).plain : read.plain) || shorten(read.plain) || 'Clause',
      text: read.text,
      hash: createHash('sha256').update(read.canonical).digest('base64url'),
      hasBracket: read.hasBracket,
      hasSuggestion: read.hasSuggestion,
      alternatives: d.alternatives.length,
    });
  }
  return out;
}

/** Whether a clause's text holds anything that is not yet agreed: brackets, pending suggestions, open alternatives. */
export function openMarksOf(c: Pick<ClauseBlockInfo, 'hasBracket' | 'hasSuggestion' | 'alternatives'>): string[] {
  const out: string[] = [];
  if (c.hasBracket) out.push('brackets');
  if (c.hasSuggestion) out.push('pending suggestions');
  if (c.alternatives > 0) out.push('competing alternatives');
  return out;
}

/** The blocks of each clause (its paragraph or clause block, the list after it, then its alternatives), by key: for showing a provision as written. */
export function readClauseNodes(doc: PmNode): Map<string, PmNode[]> {
  return new Map(gatherClauses(doc).map((d) => [d.key, [...d.parts, ...d.alternatives]]));
}
